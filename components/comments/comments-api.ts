// The comment routes, called from the browser: each answer checked against
// its schema, each failure a sentence in the user's language.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { sendJson, type ApiResult } from "../ui/api-request";
import { notificationsSchema, threadAnswerSchema, threadListSchema, threadViewSchema, type Notifications, type ThreadList, type ThreadView } from "./comment-schemas";

export interface CommentDraft {
  body: string;
  mentions: string[];
}

const errorAnswer = z.object({ error: z.object({ message: z.string() }) });

async function getJson<T>(url: string, answer: z.ZodType<T>, locale: Locale): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  } catch {
    return { ok: false, status: 0, message: translate(locale, "form.networkError"), fields: {} };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const data = answer.safeParse(json);
    if (data.success) return { ok: true, data: data.data };
  } else {
    const failure = errorAnswer.safeParse(json);
    if (failure.success) return { ok: false, status: response.status, message: failure.data.error.message, fields: {} };
  }
  return { ok: false, status: response.status, message: translate(locale, "error.internal"), fields: {} };
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
    return getJson(`${this.base}${this.query}`, threadListSchema, this.locale);
  }

  thread(threadId: string): Promise<ApiResult<ThreadView>> {
    return getJson(`${this.base}/${encodeURIComponent(threadId)}${this.query}`, threadViewSchema, this.locale);
  }

  open(fields: { anchor: { start: string; end: string }; quote: string } & CommentDraft): Promise<ApiResult<ThreadView>> {
    const body = { ...fields, versionNumber: this.versionNumber };
    return sendJson({ method: "POST", url: this.base, body, answer: threadViewSchema, locale: this.locale });
  }

  reply(threadId: string, draft: CommentDraft): Promise<ApiResult<ThreadView>> {
    const url = `${this.base}/${encodeURIComponent(threadId)}/comments`;
    return sendJson({ method: "POST", url, body: draft, answer: threadViewSchema, locale: this.locale });
  }

  edit(threadId: string, commentId: string, draft: CommentDraft): Promise<ApiResult<{ thread: ThreadView | null }>> {
    return sendJson({ method: "PATCH", url: this.commentUrl(threadId, commentId), body: draft, answer: threadAnswerSchema, locale: this.locale });
  }

  remove(threadId: string, commentId: string): Promise<ApiResult<{ thread: ThreadView | null }>> {
    return sendJson({ method: "DELETE", url: this.commentUrl(threadId, commentId), answer: threadAnswerSchema, locale: this.locale });
  }

  hide(threadId: string, commentId: string, hidden: boolean): Promise<ApiResult<{ thread: ThreadView | null }>> {
    const url = `${this.commentUrl(threadId, commentId)}/hidden`;
    return sendJson({ method: "PUT", url, body: { hidden }, answer: threadAnswerSchema, locale: this.locale });
  }

  setStatus(threadId: string, status: "open" | "resolved"): Promise<ApiResult<{ thread: ThreadView | null }>> {
    const url = `${this.base}/${encodeURIComponent(threadId)}`;
    return sendJson({ method: "PATCH", url, body: { status }, answer: threadAnswerSchema, locale: this.locale });
  }

  setViewersSeeComments(viewersSeeComments: boolean): Promise<ApiResult<{ viewersSeeComments: boolean }>> {
    const answer = z.object({ viewersSeeComments: z.boolean() });
    return sendJson({ method: "PUT", url: `${this.base}/settings`, body: { viewersSeeComments }, answer, locale: this.locale });
  }

  private commentUrl(threadId: string, commentId: string): string {
    return `${this.base}/${encodeURIComponent(threadId)}/comments/${encodeURIComponent(commentId)}`;
  }
}

export function fetchNotifications(locale: Locale): Promise<ApiResult<Notifications>> {
  return getJson("/api/notifications", notificationsSchema, locale);
}

export function markNotificationsSeen(threadIds: string[] | undefined, locale: Locale): Promise<ApiResult<Notifications>> {
  return sendJson({ method: "POST", url: "/api/notifications/seen", body: threadIds ? { threadIds } : {}, answer: notificationsSchema, locale });
}
