// The slash menu's state: "/" typed at the start of an empty paragraph opens a
// list of blocks to insert; the text typed after it filters the list; arrow
// keys move, Enter or Tab chooses, Escape closes. What is drawn, and what a
// choice inserts, is the editor's business: this plugin only keeps the state
// and the keys, so it works the same whatever draws it.
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

export interface SlashMenuState {
  active: boolean;
  /** The position of the "/": the start of its paragraph. */
  from: number;
  /** What was typed after the "/", up to the cursor. */
  query: string;
  /** The highlighted item among those matching the query. */
  index: number;
}

export type SlashMenuMeta = { type: "open" } | { type: "close" } | { type: "move"; by: number };

export interface SlashMenuOptions<Id extends string> {
  /** The items that match what was typed after the "/", in order. */
  match: (query: string) => readonly Id[];
  /** Inserts the chosen item in place of the "/" and the query (`from`–`to`). */
  choose: (view: EditorView, id: Id, range: { from: number; to: number }) => void;
  /** The listbox that shows the items, and each option's element id. */
  listboxId: string;
  optionId: (index: number) => string;
}

export const slashMenuKey = new PluginKey<SlashMenuState>("slashMenu");

export const CLOSED: SlashMenuState = { active: false, from: 0, query: "", index: 0 };

/** The longest query the menu stays open for: past it, the "/" was just text. */
const MAX_QUERY = 24;

/** Where the menu's "/" and query are, when the cursor is in a paragraph that starts with "/". */
export function slashContext(state: EditorState): { from: number; query: string } | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $head } = selection;
  if ($head.parent.type.name !== "paragraph") return null;
  const before = $head.parent.textBetween(0, $head.parentOffset, undefined, "\ufffc");
  if (!before.startsWith("/") || before.includes("\ufffc") || before.length - 1 > MAX_QUERY) return null;
  return { from: $head.start(), query: before.slice(1) };
}

/** Whether typing `text` at `from`–`to` opens the menu: a "/" in an empty paragraph. */
export function opensSlashMenu(state: EditorState, from: number, to: number, text: string): boolean {
  if (text !== "/" || from !== to) return false;
  const parent = state.doc.resolve(from).parent;
  return parent.type.name === "paragraph" && parent.content.size === 0;
}

/** The menu's next state after a transaction. */
export function nextSlashState(
  tr: Transaction,
  previous: SlashMenuState,
  state: EditorState,
  match: (query: string) => readonly string[],
): SlashMenuState {
  const meta = tr.getMeta(slashMenuKey) as SlashMenuMeta | undefined;
  if (meta?.type === "close") return CLOSED;
  if (meta?.type !== "open" && !previous.active) return previous;
  const context = slashContext(state);
  const count = context ? match(context.query).length : 0;
  if (!context || count === 0) return CLOSED;
  let index = context.query === previous.query ? Math.min(previous.index, count - 1) : 0;
  if (meta?.type === "open") index = 0;
  if (meta?.type === "move") index = (((previous.index + meta.by) % count) + count) % count;
  const next = { active: true, from: context.from, query: context.query, index };
  const same = previous.active && previous.from === next.from && previous.query === next.query && previous.index === next.index;
  return same ? previous : next;
}

export function slashMenuPlugin<Id extends string>(options: SlashMenuOptions<Id>): Plugin<SlashMenuState> {
  const close = (view: EditorView): void => {
    if (slashMenuKey.getState(view.state)?.active) view.dispatch(view.state.tr.setMeta(slashMenuKey, { type: "close" }));
  };
  return new Plugin<SlashMenuState>({
    key: slashMenuKey,
    state: {
      init: () => CLOSED,
      apply: (tr, previous, _old, state) => nextSlashState(tr, previous, state, options.match),
    },
    props: {
      handleTextInput(view, from, to, text) {
        if (!view.editable || !opensSlashMenu(view.state, from, to, text)) return false;
        view.dispatch(view.state.tr.insertText(text, from, to).setMeta(slashMenuKey, { type: "open" }));
        return true;
      },
      handleKeyDown(view, event) {
        const menu = slashMenuKey.getState(view.state);
        if (!menu?.active || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return false;
        const move = (by: number): boolean => {
          view.dispatch(view.state.tr.setMeta(slashMenuKey, { type: "move", by }));
          return true;
        };
        switch (event.key) {
          case "ArrowDown":
            return move(1);
          case "ArrowUp":
            return move(-1);
          case "Enter":
          case "Tab": {
            if (event.shiftKey) return false;
            const id = options.match(menu.query)[menu.index];
            if (id === undefined) return false;
            view.dispatch(view.state.tr.setMeta(slashMenuKey, { type: "close" }));
            options.choose(view, id, { from: menu.from, to: menu.from + 1 + menu.query.length });
            return true;
          }
          case "Escape":
            close(view);
            return true;
          default:
            return false;
        }
      },
      handleDOMEvents: {
        blur(view) {
          close(view);
          return false;
        },
      },
      attributes(state): Record<string, string> {
        const menu = slashMenuKey.getState(state);
        if (!menu?.active) return {};
        return { "aria-controls": options.listboxId, "aria-activedescendant": options.optionId(menu.index) };
      },
    },
  });
}
