// The comment threads of a meeting in document order, read against the live
// minutes or a version. On the live minutes every thread shows; on version N
// the threads opened on versions up to N and those opened on the live minutes
// before N was locked (the same words, carried into N, or "outdated").
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { threadList } from "@/lib/contracts/comments";
import type { Db } from "@/server/db/client";
import { canComment, requireCommentReader, requireThreadOf } from "./comment-access";
import { minutesDoc, threadSelect, toThreadView, type ThreadView } from "./comment-thread-view";
import { parseVersionNumber, unknownVersion } from "../versions/minutes-version-view";

export type CommentThreadList = z.input<typeof threadList>;

export async function listCommentThreads(options: {
  db: Db;
  userId: string;
  meetingId: string;
  /** A version number as given in the query; null or absent for the live minutes. */
  version?: string | null;
  /** Only this thread (a live page refetching the one thread it was told of). */
  threadId?: string;
}): Promise<CommentThreadList> {
  const { db, userId, meetingId } = options;
  const role = await requireCommentReader(db, meetingId, userId);
  const versionNumber = options.version ? parseVersionNumber(options.version) : null;
  if (options.version && versionNumber === null) throw unknownVersion();
  const version =
    versionNumber === null
      ? null
      : await db.minutesVersion.findUnique({
          where: { meetingId_number: { meetingId, number: versionNumber } },
          select: { lockedAt: true },
        });
  if (versionNumber !== null && !version) throw unknownVersion();
  const only = options.threadId === undefined ? undefined : (await requireThreadOf(db, meetingId, options.threadId)).id;
  const [meeting, rows] = await Promise.all([
    db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { viewersSeeComments: true } }),
    db.commentThread.findMany({
      where: {
        meetingId,
        id: only,
        ...(version && versionNumber !== null
          ? { OR: [{ versionNumber: { lte: versionNumber } }, { versionNumber: null, createdAt: { lte: version.lockedAt } }] }
          : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: threadSelect,
    }),
  ]);
  const doc = await minutesDoc(db, meetingId, versionNumber);
  try {
    const threads = rows
      .map((row) => toThreadView(row, doc, { userId, role }))
      .filter((thread): thread is ThreadView => thread !== null);
    // Document order; threads whose anchor no longer resolves come last, oldest first.
    threads.sort((a, b) => (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity) || (a.range?.to ?? 0) - (b.range?.to ?? 0));
    return { versionNumber, canComment: canComment(role), viewersSeeComments: meeting.viewersSeeComments, threads };
  } finally {
    doc.destroy();
  }
}

/** One thread of the meeting, read against the live minutes or a version. */
export async function getCommentThread(options: {
  db: Db;
  userId: string;
  meetingId: string;
  threadId: string;
  version?: string | null;
}): Promise<ThreadView> {
  const list = await listCommentThreads(options);
  const thread = list.threads[0];
  if (!thread) throw new AppError("not_found", "error.thread.unknown");
  return thread;
}
