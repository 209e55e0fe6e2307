"use client";
// One thread in the comments panel: the words it is on (or "outdated" and its
// original quote), its comments, and what the reader may do: reply, edit or
// delete their own comments, resolve or reopen, and — the organizer — hide a
// comment. Arrow keys move between threads (the panel handles them).
import { forwardRef, useState, type KeyboardEvent } from "react";
import type { Person } from "@/lib/comments/mention-text";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { formatDateBoth, formatJalali } from "@/lib/jalali-date";
import { NamedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import type { CommentView, ThreadView } from "@/lib/contracts/comments";
import type { CommentDraft } from "./comments-api";

/** Each answers an error sentence, or null when done. */
export interface ThreadActions {
  reply(threadId: string, draft: CommentDraft): Promise<string | null>;
  edit(threadId: string, commentId: string, draft: CommentDraft): Promise<string | null>;
  remove(threadId: string, commentId: string): Promise<string | null>;
  hide(threadId: string, commentId: string, hidden: boolean): Promise<string | null>;
  setStatus(threadId: string, status: "open" | "resolved"): Promise<string | null>;
}

export interface ThreadCardProps {
  thread: ThreadView;
  outdated: boolean;
  sectionTitle: string | null;
  active: boolean;
  /** The one thread Tab reaches (the others by arrow keys). */
  tabbable: boolean;
  canComment: boolean;
  isOrganizer: boolean;
  members: readonly Person[];
  t: Translator;
  locale: Locale;
  actions: ThreadActions;
  onActivate: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export const ThreadCard = forwardRef<HTMLElement, ThreadCardProps>(function ThreadCard(props, ref) {
  const { thread, outdated, active, canComment, t, locale } = props;
  const [error, setError] = useState<string | null>(null);
  const resolved = thread.status === "resolved";
  const titleId = `thread-${thread.id}-title`;

  const run = async (action: Promise<string | null>) => setError(await action);

  return (
    <article
      ref={ref}
      id={`thread-${thread.id}`}
      className={`thread${active ? " thread--active" : ""}${resolved ? " thread--resolved" : ""}${outdated ? " thread--outdated" : ""}`}
      tabIndex={props.tabbable ? 0 : -1}
      aria-labelledby={titleId}
      aria-current={active ? "true" : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !active) props.onActivate();
      }}
      onClick={() => {
        if (!active) props.onActivate();
      }}
      onKeyDown={props.onKeyDown}
    >
      <ThreadHeader {...props} titleId={titleId} />
      <ol className="thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} {...props} run={run} />
        ))}
      </ol>
      {resolved && thread.resolvedBy && thread.resolvedAt && (
        <p className="thread__resolved-by">
          <NamedSentence template={t("comments.resolvedBy")} name={thread.resolvedBy.name} />{" "}
          <time dateTime={thread.resolvedAt}>{formatJalali(new Date(thread.resolvedAt), locale, { time: true, weekday: false })}</time>
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {canComment && <ThreadButtons {...props} run={run} />}
    </article>
  );
});

interface CommentItemProps extends ThreadCardProps {
  comment: CommentView;
  run: (action: Promise<string | null>) => Promise<void>;
}

function CommentItem({ comment, thread, canComment, isOrganizer, members, t, locale, actions, run }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const created = new Date(comment.createdAt);
  if (comment.deleted) {
    return <li className="comment comment--deleted">{t("comment.deleted")}</li>;
  }
  return (
    <li className={`comment${comment.hidden ? " comment--hidden" : ""}`}>
      <p className="comment__byline">
        <UserText text={comment.author.name} className="comment__author" />
        <time dateTime={comment.createdAt} title={formatDateBoth(created, locale, { time: true })}>
          {formatJalali(created, locale, { time: true, weekday: false })}
        </time>
        {comment.editedAt && <span className="comment__edited">{t("comments.edited")}</span>}
      </p>
      {editing ? (
        <CommentComposer
          t={t}
          members={members}
          label={t("comments.editLabel")}
          submitLabel={t("comments.saveEdit")}
          initial={comment.body ?? ""}
          initialMentions={comment.mentions}
          autoFocus
          onSubmit={async (draft) => {
            const failure = await actions.edit(thread.id, comment.id, draft);
            if (failure === null) setEditing(false);
            return failure;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : comment.body !== null ? (
        <CommentBody text={comment.body} mentions={comment.mentions} />
      ) : (
        <p className="comment__body comment__body--hidden">{t("comment.hidden")}</p>
      )}
      {comment.hidden && comment.hiddenBy && (
        <p className="comment__hidden-by">
          <NamedSentence template={t("comments.hiddenBy")} name={comment.hiddenBy.name} />
        </p>
      )}
      {!editing && (
        <CommentButtons
          comment={comment}
          thread={thread}
          canComment={canComment}
          isOrganizer={isOrganizer}
          t={t}
          actions={actions}
          run={run}
          onEdit={() => setEditing(true)}
        />
      )}
    </li>
  );
}

function ThreadHeader({ thread, outdated, sectionTitle, t, locale, titleId }: ThreadCardProps & { titleId: string }) {
  const resolved = thread.status === "resolved";
  return (
    <header className="thread__header">
      <h3 id={titleId} className="thread__quote">
        <span className="visually-hidden">{t("comments.threadOn")}</span>
        <q dir="auto">{thread.quote}</q>
      </h3>
      <p className="thread__meta">
        {outdated && <span className="badge" data-tone="danger">{t("comments.outdated")}</span>}
        {resolved && <span className="badge" data-tone="ok">{t("comments.resolved")}</span>}
        {thread.versionNumber !== null && <span className="badge" data-tone="info">{t("comments.onVersion", { version: formatInteger(thread.versionNumber, locale) })}</span>}
        {sectionTitle && (
          <span className="thread__section">
            <UserText text={sectionTitle} />
          </span>
        )}
      </p>
      {outdated && <p className="thread__outdated-note">{t("comment.outdated")}</p>}
    </header>
  );
}

/** Reply, and resolve or reopen. */
function ThreadButtons({ thread, t, actions, members, run }: ThreadCardProps & { run: (action: Promise<string | null>) => Promise<void> }) {
  const [replying, setReplying] = useState(false);
  const resolved = thread.status === "resolved";
  return (
    <div className="thread__actions">
      {replying ? (
        <CommentComposer
          t={t}
          members={members}
          label={t("comments.replyLabel")}
          submitLabel={t("comments.sendReply")}
          autoFocus
          onSubmit={async (draft) => {
            const failure = await actions.reply(thread.id, draft);
            if (failure === null) setReplying(false);
            return failure;
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <>
          <button type="button" className="button button--small" onClick={() => setReplying(true)}>
            {t("comments.reply")}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void run(actions.setStatus(thread.id, resolved ? "open" : "resolved"))}
          >
            {resolved ? t("comments.reopen") : t("comments.resolve")}
          </button>
        </>
      )}
    </div>
  );
}

/** Edit and delete (after confirming) one's own comment; hide or show another's (organizers). */
function CommentButtons(
  props: Pick<CommentItemProps, "comment" | "run" | "thread" | "canComment" | "isOrganizer" | "t" | "actions"> & { onEdit: () => void },
) {
  const { comment, thread, canComment, isOrganizer, t, actions, run } = props;
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="comment__actions">
      {comment.mine && canComment && (
        <>
          <button type="button" className="link-button" onClick={props.onEdit}>
            {t("comments.edit")}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() => {
                  setConfirming(false);
                  void run(actions.remove(thread.id, comment.id));
                }}
              >
                {t("comments.confirmDelete")}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                {t("comments.cancel")}
              </button>
            </>
          ) : (
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              {t("comments.delete")}
            </button>
          )}
        </>
      )}
      {isOrganizer && !comment.mine && (
        <button type="button" className="link-button" onClick={() => void run(actions.hide(thread.id, comment.id, !comment.hidden))}>
          {comment.hidden ? t("comments.unhide") : t("comments.hide")}
        </button>
      )}
    </div>
  );
}
