// The comment routes, called from the browser: each answer checked against
// its contract, each failure a sentence in the user's language.
import { commentNotifications, commentSettings, threadAnswer, threadList, threadView, type CommentNotifications, type ThreadList, type ThreadView } from "@/lib/contracts/comments";
import type { Locale } from "@/lib/i18n/locales";
import { getJson, sendJson, type ApiResult } from "../ui/api-request";

export interface CommentDraft {
  body: string;
  mentions: string[];
}

export class CommentsApi {
  constructor(
    private readonly meetingId: string,
    /** The version the page reads; null for the live minutes. */
    private readonly versionNumber: number | null,
    private readonly locale: Locale,
  ) {}

  private get base(): string {
    return `/api/meetings/${encodeURIComponent(this.meetingId)}/threads`;
  }

  private get query(): string {
    return this.versionNumber === null ? "" : `?version=${this.versionNumber}`;
  }

  list(): Promise<ApiResult<ThreadList>> {
    return getJson(`${this.base}${this.query}`, threadList, this.locale);
  }

  thread(threadId: string): Promise<ApiResult<ThreadView>> {
    return getJson(`${this.base}/${encodeURIComponent(threadId)}${this.query}`, threadView, this.locale);
  }

  open(fields: { anchor: { start: string; end: string }; quote: string } & CommentDraft): Promise<ApiResult<ThreadView>> {
    const body = { ...fields, versionNumber: this.versionNumber };
    return sendJson({ method: "POST", url: this.base, body, answer: threadView, locale: this.locale });
  }

  reply(threadId: string, draft: CommentDraft): Promise<ApiResult<ThreadView>> {
    const url = `${this.base}/${encodeURIComponent(threadId)}/comments`;
    return sendJson({ method: "POST", url, body: draft, answer: threadView, locale: this.locale });
  }

  edit(threadId: string, commentId: string, draft: CommentDraft): Promise<ApiResult<{ thread: ThreadView | null }>> {
    return sendJson({ method: "PATCH", url: this.commentUrl(threadId, commentId), body: draft, answer: threadAnswer, locale: this.locale });
  }

  remove(threadId: string, commentId: string): Promise<ApiResult<{ thread: ThreadView | null }>> {
    return sendJson({ method: "DELETE", url: this.commentUrl(threadId, commentId), answer: threadAnswer, locale: this.locale });
  }

  hide(threadId: string, commentId: string, hidden: boolean): Promise<ApiResult<{ thread: ThreadView | null }>> {
    const url = `${this.commentUrl(threadId, commentId)}/hidden`;
    return sendJson({ method: "PUT", url, body: { hidden }, answer: threadAnswer, locale: this.locale });
  }

  setStatus(threadId: string, status: "open" | "resolved"): Promise<ApiResult<{ thread: ThreadView | null }>> {
    const url = `${this.base}/${encodeURIComponent(threadId)}`;
    return sendJson({ method: "PATCH", url, body: { status }, answer: threadAnswer, locale: this.locale });
  }

  setViewersSeeComments(viewersSeeComments: boolean): Promise<ApiResult<{ viewersSeeComments: boolean }>> {
    return sendJson({ method: "PUT", url: `${this.base}/settings`, body: { viewersSeeComments }, answer: commentSettings, locale: this.locale });
  }

  private commentUrl(threadId: string, commentId: string): string {
    return `${this.base}/${encodeURIComponent(threadId)}/comments/${encodeURIComponent(commentId)}`;
  }
}

export function fetchNotifications(locale: Locale): Promise<ApiResult<CommentNotifications>> {
  return getJson("/api/notifications", commentNotifications, locale);
}

export function markNotificationsSeen(threadIds: string[] | undefined, locale: Locale): Promise<ApiResult<CommentNotifications>> {
  return sendJson({ method: "POST", url: "/api/notifications/seen", body: threadIds ? { threadIds } : {}, answer: commentNotifications, locale });
}
