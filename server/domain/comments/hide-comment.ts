// The organizer hides a comment from everyone else (or shows it again); who
// hid it and when is recorded and shown.
import { AppError } from "@/lib/app-error";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { requireThreadOf } from "./comment-access";
import type { CommentEvents } from "./comment-events";
import { readThread, type ThreadView } from "./comment-thread-view";
import { requireOrganizer } from "../access/meeting-access";

export async function hideComment(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  threadId: string;
  commentId: string;
  hidden: boolean;
}): Promise<ThreadView | null> {
  const { db, userId, meetingId, hidden } = options;
  await requireOrganizer(db, meetingId, userId);
  const thread = await requireThreadOf(db, meetingId, options.threadId);
  const comment = isId(options.commentId)
    ? await db.comment.findFirst({ where: { id: options.commentId, threadId: thread.id }, select: { id: true } })
    : null;
  if (!comment) throw new AppError("not_found", "error.comment.unknown");
  await db.comment.update({
    where: { id: comment.id },
    data: hidden ? { hiddenById: userId, hiddenAt: new Date() } : { hiddenById: null, hiddenAt: null },
  });
  options.events?.commentsChanged(meetingId, thread.id);
  return readThread(db, thread.id, { userId, role: "organizer" });
}
