// A commenter resolves a thread, or reopens a resolved one.
import type { ThreadStatus } from "@/lib/validation/comments";
import type { Db } from "@/server/db/client";
import { requireCommenter, requireThreadOf } from "./comment-access";
import type { CommentEvents } from "./comment-events";
import { readThread, type ThreadView } from "./comment-thread-view";

export async function setThreadStatus(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  threadId: string;
  status: ThreadStatus;
}): Promise<ThreadView | null> {
  const { db, userId, meetingId, status } = options;
  const role = await requireCommenter(db, meetingId, userId);
  const thread = await requireThreadOf(db, meetingId, options.threadId);
  const resolved = status === "resolved";
  await db.commentThread.update({
    where: { id: thread.id },
    data: { status, resolvedById: resolved ? userId : null, resolvedAt: resolved ? new Date() : null },
  });
  options.events?.commentsChanged(meetingId, thread.id);
  return readThread(db, thread.id, { userId, role });
}
