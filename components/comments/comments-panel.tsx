"use client";
// The comments panel beside the minutes: threads in document order, each
// highlighted in the text; filters (open, resolved, mine, all) and counts per
// section; a new thread on the selected words; arrow keys move between
// threads. Comments live in the database behind the comment routes; the
// minutes never change through this panel.
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type * as Y from "yjs";
import type { Person } from "@/lib/comments/mention-text";
import { sectionTitleAt } from "@/lib/editor/current-section";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "../user-text";
import { anchorOfSelection, type EncodedAnchor } from "./anchor-positions";
import { highlightRanges, setHighlights, type ThreadRange } from "./comment-highlights";
import { CommentComposer } from "./comment-composer";
import type { ThreadView } from "./comment-schemas";
import { markNotificationsSeen, type CommentsApi } from "./comments-api";
import { ThreadCard, type ThreadActions } from "./thread-card";
import { useCommentThreads, type CommentChanges } from "./use-comment-threads";
import { useEditorTick } from "./use-editor-tick";

type Filter = "open" | "resolved" | "mine" | "all";
const FILTERS: readonly Filter[] = ["open", "resolved", "mine", "all"];

export interface CommentsPanelProps {
  editor: Editor | null;
  /** The Yjs document the editor shows: highlights are found again when it changes. */
  doc: Y.Doc;
  api: CommentsApi;
  changes: CommentChanges | null;
  t: Translator;
  locale: Locale;
  userId: string;
  isOrganizer: boolean;
  members: readonly Person[];
  /** Resolves once the words just typed are stored (a thread can only be anchored on stored words). */
  whenSaved?: () => Promise<void>;
  /** Set by the panel: what the editor's click on highlighted words and Mod-Alt-M call. */
  bridge: CommentsBridge;
}

/** What the editor's extension calls into the panel. */
export interface CommentsBridge {
  activateRef: { current: (threadId: string) => void };
  startCommentRef: { current: () => boolean };
}

interface Placed {
  thread: ThreadView;
  range: ThreadRange | null;
  section: string | null;
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { editor, doc, api, t, locale, userId, bridge } = props;
  const { list, error, put, refetch } = useCommentThreads(api, props.changes);
  // A link to a thread (#thread-<id>) opens the panel on it, whatever its status.
  const [linkedId] = useState(linkedThreadId);
  const [filter, setFilter] = useState<Filter>(linkedId ? "all" : "open");
  const [activeId, setActiveId] = useState<string | null>(linkedId);
  const [draft, setDraft] = useState<{ anchor: EncodedAnchor; quote: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const tick = useEditorTick(editor);
  const canComment = list?.canComment ?? false;

  // Show the threads in the text, and find them again whenever the document changes.
  const threads = list?.threads;
  useEffect(() => {
    if (!editor || editor.isDestroyed || !threads) return;
    const shown = threads.map((thread) => ({ id: thread.id, anchor: thread.anchor, resolved: thread.status === "resolved" }));
    editor.view.dispatch(setHighlights(editor.state, { threads: shown, activeId }));
  }, [editor, threads, activeId]);
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const onUpdate = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!editor.isDestroyed) editor.view.dispatch(setHighlights(editor.state, { refresh: true }));
      });
    };
    doc.on("update", onUpdate);
    return () => {
      cancelAnimationFrame(frame);
      doc.off("update", onUpdate);
    };
  }, [editor, doc]);

  const placed = useMemo<Placed[]>(() => {
    void tick;
    const ranges = editor && !editor.isDestroyed ? highlightRanges(editor.state) : new Map<string, ThreadRange>();
    const all = (threads ?? []).map((thread) => {
      const range = editor ? (ranges.get(thread.id) ?? null) : thread.range;
      const section = range && editor && !editor.isDestroyed ? sectionTitleAt(editor.state.doc, range.from + 1) : null;
      return { thread, range, section };
    });
    // Document order; threads whose words are gone come last, oldest first.
    return all.sort(
      (a, b) =>
        (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity) ||
        (a.range?.to ?? 0) - (b.range?.to ?? 0) ||
        a.thread.createdAt.localeCompare(b.thread.createdAt),
    );
  }, [threads, editor, tick]);

  const mine = (thread: ThreadView) => thread.createdBy.id === userId || thread.comments.some((comment) => comment.author.id === userId);
  const matches = (entry: Placed, which: Filter) =>
    which === "all" ||
    (which === "open" && entry.thread.status === "open") ||
    (which === "resolved" && entry.thread.status === "resolved") ||
    (which === "mine" && mine(entry.thread));
  const visible = placed.filter((entry) => matches(entry, filter));

  const sections = useMemo(() => {
    const counts = new Map<string, { title: string | null; count: number; first: string }>();
    for (const entry of visible) {
      const key = entry.section ?? "";
      const found = counts.get(key);
      if (found) found.count += 1;
      else counts.set(key, { title: entry.section, count: 1, first: entry.thread.id });
    }
    return [...counts.values()];
  }, [visible]);

  /** Brings a thread's card and its words into view. */
  const reveal = useCallback(
    (threadId: string, focus: boolean) => {
      requestAnimationFrame(() => {
        const card = cards.current.get(threadId);
        if (focus) card?.focus();
        card?.scrollIntoView({ block: "nearest" });
        const words = editor?.view.dom.querySelector(`[data-thread-id="${CSS.escape(threadId)}"]`);
        words?.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    },
    [editor],
  );

  const activate = (threadId: string, focus = false) => {
    setActiveId(threadId);
    void markNotificationsSeen([threadId], locale);
    reveal(threadId, focus);
  };

  const startComment = (): boolean => {
    if (!editor || !canComment) return false;
    const selected = anchorOfSelection(editor.state);
    if (!selected) {
      setNotice(t("comments.selectFirst"));
      return false;
    }
    setNotice(null);
    setDraft(selected);
    return true;
  };

  // What the editor calls: a click on highlighted words shows their thread
  // (even if the filter hid it); Mod-Alt-M starts a comment.
  const { activateRef, startCommentRef } = bridge;
  useEffect(() => {
    activateRef.current = (threadId) => {
      const entry = placed.find((candidate) => candidate.thread.id === threadId);
      if (entry && !matches(entry, filter)) setFilter("all");
      activate(threadId);
    };
    startCommentRef.current = startComment;
  });

  // The linked thread, once the threads are here.
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || !linkedId || !threads?.some((thread) => thread.id === linkedId)) return;
    revealed.current = true;
    reveal(linkedId, true);
    void markNotificationsSeen([linkedId], locale);
  }, [threads, linkedId, reveal, locale]);

  const answer = (threadId: string) => async (result: { ok: true } | { ok: false; message: string }) => {
    if (!result.ok) return result.message;
    await refetch(threadId);
    return null;
  };
  const actions: ThreadActions = {
    reply: async (threadId, body) => answer(threadId)(await api.reply(threadId, body)),
    edit: async (threadId, commentId, body) => answer(threadId)(await api.edit(threadId, commentId, body)),
    remove: async (threadId, commentId) => answer(threadId)(await api.remove(threadId, commentId)),
    hide: async (threadId, commentId, hidden) => answer(threadId)(await api.hide(threadId, commentId, hidden)),
    setStatus: async (threadId, status) => answer(threadId)(await api.setStatus(threadId, status)),
  };

  const onCardKey = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const last = visible.length - 1;
    const target =
      event.key === "ArrowDown" ? Math.min(index + 1, last)
      : event.key === "ArrowUp" ? Math.max(index - 1, 0)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const entry = visible[target];
    if (entry) activate(entry.thread.id, true);
  };

  const filterLabel = (which: Filter) => t(`comments.filter.${which}`, { count: formatInteger(placed.filter((entry) => matches(entry, which)).length, locale) });
  const tabbable = visible.some((entry) => entry.thread.id === activeId) ? activeId : (visible[0]?.thread.id ?? null);

  return (
    <section className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section-title">
        {t("comments.title")}
      </h2>
      {error && !list && <p className="notice notice--info">{error}</p>}
      {list && (
        <>
          {canComment && (
            <div className="comments-panel__new">
              {draft ? (
                <div className="comments-panel__draft">
                  <p className="comments-panel__draft-quote">
                    {t("comments.on")} <q dir="auto">{draft.quote}</q>
                  </p>
                  <CommentComposer
                    t={t}
                    members={props.members}
                    label={t("comments.newLabel")}
                    submitLabel={t("comments.send")}
                    autoFocus
                    onSubmit={async (body) => {
                      await props.whenSaved?.();
                      const opened = await api.open({ ...draft, ...body });
                      if (!opened.ok) return opened.message;
                      put(opened.data.id, opened.data);
                      setDraft(null);
                      setFilter((current) => (current === "resolved" ? "all" : current));
                      activate(opened.data.id);
                      return null;
                    }}
                    onCancel={() => {
                      setDraft(null);
                      editor?.commands.focus();
                    }}
                  />
                </div>
              ) : (
                <button type="button" className="button button--small" onClick={startComment} aria-keyshortcuts="Control+Alt+M">
                  {t("comments.commentOnSelection")}
                </button>
              )}
              {notice && !draft && (
                <p className="comments-panel__hint" role="status">
                  {notice}
                </p>
              )}
            </div>
          )}
          <div className="comments-panel__filters" role="group" aria-label={t("comments.filters")}>
            {FILTERS.map((which) => (
              <button
                key={which}
                type="button"
                className="chip"
                aria-pressed={filter === which}
                onClick={() => setFilter(which)}
              >
                {filterLabel(which)}
              </button>
            ))}
          </div>
          {sections.length > 0 && (
            <ul className="comments-panel__sections" aria-label={t("comments.bySection")}>
              {sections.map((section) => (
                <li key={section.first}>
                  <button type="button" className="link-button" onClick={() => activate(section.first, true)}>
                    <UserText text={section.title ?? t("comments.noSection")} />
                  </button>
                  <span className="comments-panel__count">{formatInteger(section.count, locale)}</span>
                </li>
              ))}
            </ul>
          )}
          {visible.length === 0 ? (
            <p className="comments-panel__empty">{t(placed.length === 0 ? "comments.none" : "comments.noneInFilter")}</p>
          ) : (
            <div className="comments-panel__threads" role="list" aria-label={t("comments.threads")}>
              {visible.map((entry, index) => (
                <div role="listitem" key={entry.thread.id}>
                  <ThreadCard
                    ref={(element) => {
                      if (element) cards.current.set(entry.thread.id, element);
                      else cards.current.delete(entry.thread.id);
                    }}
                    thread={entry.thread}
                    outdated={entry.range === null}
                    sectionTitle={entry.section}
                    active={entry.thread.id === activeId}
                    tabbable={entry.thread.id === tabbable}
                    canComment={canComment}
                    isOrganizer={props.isOrganizer}
                    members={props.members}
                    t={t}
                    locale={locale}
                    actions={actions}
                    onActivate={() => activate(entry.thread.id)}
                    onKeyDown={(event) => onCardKey(event, index)}
                  />
                </div>
              ))}
            </div>
          )}
          {props.isOrganizer && <ViewerSetting key={String(list.viewersSeeComments)} api={api} t={t} initial={list.viewersSeeComments} />}
        </>
      )}
    </section>
  );
}

function linkedThreadId(): string | null {
  return window.location.hash.match(/^#thread-([\w-]+)$/)?.[1] ?? null;
}

function ViewerSetting({ api, t, initial }: { api: CommentsApi; t: Translator; initial: boolean }) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="comments-panel__setting">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value}
          onChange={async (event) => {
            const wanted = event.target.checked;
            setValue(wanted);
            const answer = await api.setViewersSeeComments(wanted);
            setError(answer.ok ? null : answer.message);
            if (!answer.ok) setValue(!wanted);
          }}
        />
        {t("comments.viewersSeeComments")}
      </label>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
