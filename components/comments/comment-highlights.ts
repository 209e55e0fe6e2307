// The commented words, highlighted in the minutes: one inline decoration per
// thread, found again from the thread's Yjs anchor whenever the threads or the
// Yjs document change (and carried along by local edits in between). A click
// on highlighted words chooses their thread in the panel.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { rangeOfAnchor, type EncodedAnchor } from "./anchor-positions";

export interface HighlightedThread {
  id: string;
  anchor: EncodedAnchor;
  resolved: boolean;
}

export interface ThreadRange {
  from: number;
  to: number;
}

interface HighlightState {
  threads: readonly HighlightedThread[];
  activeId: string | null;
  ranges: ReadonlyMap<string, ThreadRange>;
  decorations: DecorationSet;
}

type HighlightMeta = { threads?: readonly HighlightedThread[]; activeId?: string | null; refresh?: true };

const highlightKey = new PluginKey<HighlightState>("commentHighlights");

export interface CommentHighlightOptions {
  /** Called with the thread whose words were clicked. */
  onActivate: { current: (threadId: string) => void };
  /** Mod-Alt-M: start a comment on the selection; answers whether it did. */
  onStartComment: { current: () => boolean };
}

function build(state: EditorState, threads: readonly HighlightedThread[], activeId: string | null): HighlightState {
  const ranges = new Map<string, ThreadRange>();
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = rangeOfAnchor(state, thread.anchor);
    if (!range) continue;
    ranges.set(thread.id, range);
    const classes = ["comment-highlight"];
    if (thread.resolved) classes.push("comment-highlight--resolved");
    if (thread.id === activeId) classes.push("comment-highlight--active");
    decorations.push(Decoration.inline(range.from, range.to, { class: classes.join(" "), "data-thread-id": thread.id }));
  }
  return { threads, activeId, ranges, decorations: DecorationSet.create(state.doc, decorations) };
}

function carry(value: HighlightState, tr: Transaction): HighlightState {
  const ranges = new Map<string, ThreadRange>();
  for (const [id, range] of value.ranges) {
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    if (to > from) ranges.set(id, { from, to });
  }
  return { ...value, ranges, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

export const CommentHighlights = Extension.create<CommentHighlightOptions>({
  name: "commentHighlights",

  addOptions() {
    return { onActivate: { current: () => undefined }, onStartComment: { current: () => false } };
  },

  addKeyboardShortcuts() {
    const { onStartComment } = this.options;
    return { "Mod-Alt-m": () => onStartComment.current() };
  },

  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<HighlightState>({
        key: highlightKey,
        state: {
          init: (_config, state) => build(state, [], null),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined;
            if (meta) return build(state, meta.threads ?? value.threads, meta.activeId === undefined ? value.activeId : meta.activeId);
            return tr.docChanged ? carry(value, tr) : value;
          },
        },
        props: {
          decorations: (state) => highlightKey.getState(state)?.decorations,
          handleClick(view, pos) {
            const ranges = highlightKey.getState(view.state)?.ranges;
            if (!ranges) return false;
            let chosen: string | null = null;
            let shortest = Infinity;
            for (const [id, range] of ranges) {
              if (pos >= range.from && pos <= range.to && range.to - range.from < shortest) {
                chosen = id;
                shortest = range.to - range.from;
              }
            }
            if (chosen) onActivate.current(chosen);
            return false;
          },
        },
      }),
    ];
  },
});

/** A transaction that shows these threads (and marks the active one), found again from their anchors. */
export function setHighlights(state: EditorState, change: HighlightMeta): Transaction {
  return state.tr.setMeta(highlightKey, change).setMeta("addToHistory", false);
}

/** Where each highlighted thread's words are now. */
export function highlightRanges(state: EditorState): ReadonlyMap<string, ThreadRange> {
  return highlightKey.getState(state)?.ranges ?? new Map();
}
