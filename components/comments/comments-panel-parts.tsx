"use client";
// The comments panel's parts, top to bottom: the new thread on the selected
// words, the filters and the count per section, the list of thread cards, and
// the organizer's setting whether viewers see the comments.
import { useState, type KeyboardEvent } from "react";
import type { Person } from "@/lib/comments/mention-text";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "../ui/user-text";
import type { EncodedAnchor } from "./anchor-positions";
import { CommentComposer } from "./comment-composer";
import type { CommentDraft, CommentsApi } from "./comments-api";
import { ThreadCard, type ThreadActions } from "./thread-card";
import type { Placed, SectionCount } from "./use-placed-threads";

export type Filter = "open" | "resolved" | "mine" | "all";
export const FILTERS: readonly Filter[] = ["open", "resolved", "mine", "all"];

export type Draft = { anchor: EncodedAnchor; quote: string };

export function NewThread(props: {
  t: Translator;
  members: readonly Person[];
  draft: Draft | null;
  notice: string | null;
  onStart: () => void;
  /** Opens the thread; the API's sentence when it refused. */
  onSubmit: (draft: Draft, body: CommentDraft) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t, draft, notice } = props;
  return (
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
            onSubmit={(body) => props.onSubmit(draft, body)}
            onCancel={props.onCancel}
          />
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={props.onStart} aria-keyshortcuts="Control+Alt+M">
          {t("comments.commentOnSelection")}
        </button>
      )}
      {notice && !draft && (
        <p className="comments-panel__hint" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}

export function FilterBar(props: {
  t: Translator;
  locale: Locale;
  filter: Filter;
  /** How many threads each filter shows. */
  count: (which: Filter) => number;
  onFilter: (which: Filter) => void;
  sections: readonly SectionCount[];
  onSection: (threadId: string) => void;
}) {
  const { t, locale, sections } = props;
  return (
    <>
      <div className="comments-panel__filters" role="group" aria-label={t("comments.filters")}>
        {FILTERS.map((which) => (
          <button key={which} type="button" className="chip" aria-pressed={props.filter === which} onClick={() => props.onFilter(which)}>
            {t(`comments.filter.${which}`, { count: formatInteger(props.count(which), locale) })}
          </button>
        ))}
      </div>
      {sections.length > 0 && (
        <ul className="comments-panel__sections" aria-label={t("comments.bySection")}>
          {sections.map((section) => (
            <li key={section.first}>
              <button type="button" className="link-button" onClick={() => props.onSection(section.first)}>
                <UserText text={section.title ?? t("comments.noSection")} />
              </button>
              <span className="comments-panel__count">{formatInteger(section.count, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ThreadList(props: {
  t: Translator;
  locale: Locale;
  visible: readonly Placed[];
  activeId: string | null;
  canComment: boolean;
  isOrganizer: boolean;
  members: readonly Person[];
  actions: ThreadActions;
  cards: Map<string, HTMLElement>;
  onActivate: (threadId: string) => void;
  onCardKey: (event: KeyboardEvent<HTMLElement>, index: number) => void;
}) {
  const { visible, activeId, cards } = props;
  const tabbable = visible.some((entry) => entry.thread.id === activeId) ? activeId : (visible[0]?.thread.id ?? null);
  return (
    <div className="comments-panel__threads" role="list" aria-label={props.t("comments.threads")}>
      {visible.map((entry, index) => (
        <div role="listitem" key={entry.thread.id}>
          <ThreadCard
            ref={(element) => {
              if (element) cards.set(entry.thread.id, element);
              else cards.delete(entry.thread.id);
            }}
            thread={entry.thread}
            outdated={entry.range === null}
            sectionTitle={entry.section}
            active={entry.thread.id === activeId}
            tabbable={entry.thread.id === tabbable}
            canComment={props.canComment}
            isOrganizer={props.isOrganizer}
            members={props.members}
            t={props.t}
            locale={props.locale}
            actions={props.actions}
            onActivate={() => props.onActivate(entry.thread.id)}
            onKeyDown={(event) => props.onCardKey(event, index)}
          />
        </div>
      ))}
    </div>
  );
}

export function ViewerSetting({ api, t, initial }: { api: CommentsApi; t: Translator; initial: boolean }) {
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
