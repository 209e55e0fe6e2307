"use client";
// The comments panel beside the minutes: threads in document order, each
// highlighted in the text; filters (open, resolved, mine, all) and counts per
// section; a new thread on the selected words; arrow keys move between
// threads. Comments live in the database behind the comment routes; the
// minutes never change through this panel.
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type * as Y from "yjs";
import type { Person } from "@/lib/comments/mention-text";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { anchorOfSelection } from "./anchor-positions";
import type { ThreadView } from "@/lib/contracts/comments";
import { FilterBar, NewThread, ThreadList, ViewerSetting, type Draft, type Filter } from "./comments-panel-parts";
import { markNotificationsSeen, type CommentDraft, type CommentsApi } from "./comments-api";
import type { ThreadActions } from "./thread-card";
import { useCommentThreads, type CommentChanges } from "./use-comment-threads";
import { sectionCounts, usePlacedThreads, type Placed } from "./use-placed-threads";

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

function linkedThreadId(): string | null {
  return window.location.hash.match(/^#thread-([\w-]+)$/)?.[1] ?? null;
}

/** Which threads a filter shows. */
function matches(entry: Placed, which: Filter, userId: string): boolean {
  const { thread } = entry;
  const mine = () => thread.createdBy.id === userId || thread.comments.some((comment) => comment.author.id === userId);
  return which === "all" || (which === "open" || which === "resolved" ? thread.status === which : mine());
}

/** The card an arrow key, Home or End moves to from the card at `index` of `count`. */
function cardMove(key: string, index: number, count: number): number | null {
  const last = count - 1;
  if (key === "ArrowDown") return Math.min(index + 1, last);
  if (key === "ArrowUp") return Math.max(index - 1, 0);
  if (key === "Home") return 0;
  if (key === "End") return last;
  return null;
}

/** The thread actions: each asks the API, then reloads the thread; an error sentence, or null. */
function threadActions(api: CommentsApi, refetch: (threadId: string) => Promise<unknown>): ThreadActions {
  const answer = (threadId: string) => async (result: { ok: true } | { ok: false; message: string }) => {
    if (!result.ok) return result.message;
    await refetch(threadId);
    return null;
  };
  return {
    reply: async (threadId, body) => answer(threadId)(await api.reply(threadId, body)),
    edit: async (threadId, commentId, body) => answer(threadId)(await api.edit(threadId, commentId, body)),
    remove: async (threadId, commentId) => answer(threadId)(await api.remove(threadId, commentId)),
    hide: async (threadId, commentId, hidden) => answer(threadId)(await api.hide(threadId, commentId, hidden)),
    setStatus: async (threadId, status) => answer(threadId)(await api.setStatus(threadId, status)),
  };
}

/** Brings a thread's card and its words into view. */
function useReveal(editor: Editor | null, cards: Map<string, HTMLElement>) {
  return useCallback(
    (threadId: string, focus: boolean) => {
      requestAnimationFrame(() => {
        const card = cards.get(threadId);
        if (focus) card?.focus();
        card?.scrollIntoView({ block: "nearest" });
        const words = editor?.view.dom.querySelector(`[data-thread-id="${CSS.escape(threadId)}"]`);
        words?.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    },
    [editor, cards],
  );
}

/** The thread a link (#thread-<id>) names, revealed once the threads are here. */
function useRevealLinked(linkedId: string | null, threads: readonly ThreadView[] | undefined, reveal: (id: string, focus: boolean) => void, locale: Locale) {
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || !linkedId || !threads?.some((thread) => thread.id === linkedId)) return;
    revealed.current = true;
    reveal(linkedId, true);
    void markNotificationsSeen([linkedId], locale);
  }, [threads, linkedId, reveal, locale]);
}

/** What the editor's click on highlighted words and Mod-Alt-M call: kept current on every render. */
function useBridge(bridge: CommentsBridge, calls: { activate: (threadId: string) => void; startComment: () => boolean }) {
  const { activateRef, startCommentRef } = bridge;
  useEffect(() => {
    activateRef.current = calls.activate;
    startCommentRef.current = calls.startComment;
  });
}

/** The panel's state: the threads, the filter, the active thread and the draft, and what changes them. */
function usePanel(props: CommentsPanelProps) {
  const { editor, doc, api, t, locale, userId, bridge } = props;
  const { list, error, put, refetch } = useCommentThreads(api, props.changes);
  // A link to a thread (#thread-<id>) opens the panel on it, whatever its status.
  const [linkedId] = useState(linkedThreadId);
  const [filter, setFilter] = useState<Filter>(linkedId ? "all" : "open");
  const [activeId, setActiveId] = useState<string | null>(linkedId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cards] = useState(() => new Map<string, HTMLElement>());
  const canComment = list?.canComment ?? false;
  const threads = list?.threads;
  const placed = usePlacedThreads(editor, doc, threads, activeId);
  const visible = placed.filter((entry) => matches(entry, filter, userId));
  const reveal = useReveal(editor, cards);
  useRevealLinked(linkedId, threads, reveal, locale);

  const activate = (threadId: string, focus = false) => {
    setActiveId(threadId);
    void markNotificationsSeen([threadId], locale);
    reveal(threadId, focus);
  };
  const startComment = (): boolean => {
    if (!editor || !canComment) return false;
    const selected = anchorOfSelection(editor.state);
    setNotice(selected ? null : t("comments.selectFirst"));
    if (selected) setDraft(selected);
    return selected !== null;
  };
  const openThread = async (from: Draft, body: CommentDraft): Promise<string | null> => {
    await props.whenSaved?.();
    const opened = await api.open({ ...from, ...body });
    if (!opened.ok) return opened.message;
    put(opened.data.id, opened.data);
    setDraft(null);
    setFilter((current) => (current === "resolved" ? "all" : current));
    activate(opened.data.id);
    return null;
  };

  useBridge(bridge, {
    activate: (threadId) => {
      // A click on highlighted words shows their thread, even if the filter hid it.
      const entry = placed.find((candidate) => candidate.thread.id === threadId);
      if (entry && !matches(entry, filter, userId)) setFilter("all");
      activate(threadId);
    },
    startComment,
  });
  const onCardKey = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const entry = visible[cardMove(event.key, index, visible.length) ?? -1];
    if (!entry) return;
    event.preventDefault();
    activate(entry.thread.id, true);
  };

  return {
    actions: threadActions(api, refetch),
    list,
    error,
    canComment,
    draft,
    notice,
    filter,
    setFilter,
    activeId,
    placed,
    visible,
    cards,
    activate,
    startComment,
    openThread,
    onCardKey,
    cancelDraft: () => {
      setDraft(null);
      editor?.commands.focus();
    },
  };
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { api, t, locale, userId } = props;
  const panel = usePanel(props);
  const { list, error, canComment, placed, visible, activate } = panel;
  return (
    <section className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title" className="section-title">
        {t("comments.title")}
      </h2>
      {error && !list && <p className="notice notice--info">{error}</p>}
      {list && (
        <>
          {canComment && (
            <NewThread
              t={t}
              members={props.members}
              draft={panel.draft}
              notice={panel.notice}
              onStart={panel.startComment}
              onSubmit={panel.openThread}
              onCancel={panel.cancelDraft}
            />
          )}
          <FilterBar
            t={t}
            locale={locale}
            filter={panel.filter}
            count={(which) => placed.filter((entry) => matches(entry, which, userId)).length}
            onFilter={panel.setFilter}
            sections={sectionCounts(visible)}
            onSection={(threadId) => activate(threadId, true)}
          />
          {visible.length === 0 ? (
            <p className="comments-panel__empty">{t(placed.length === 0 ? "comments.none" : "comments.noneInFilter")}</p>
          ) : (
            <ThreadList
              t={t}
              locale={locale}
              visible={visible}
              activeId={panel.activeId}
              canComment={canComment}
              isOrganizer={props.isOrganizer}
              members={props.members}
              actions={panel.actions}
              cards={panel.cards}
              onActivate={(threadId) => activate(threadId)}
              onCardKey={panel.onCardKey}
            />
          )}
          {props.isOrganizer && <ViewerSetting key={String(list.viewersSeeComments)} api={api} t={t} initial={list.viewersSeeComments} />}
        </>
      )}
    </section>
  );
}
