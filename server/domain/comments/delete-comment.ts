// The author deletes their own comment: its text and mentions are erased; in a
// thread with replies after it, "comment deleted" remains. A thread whose
// every comment is deleted is no longer listed (the answer is then null).
import type { Db } from "@/server/db/client";
import { requireCommenter, requireOwnComment, requireThreadOf } from "./comment-access";
import type { CommentEvents } from "./comment-events";
import { readThread, type ThreadView } from "./comment-thread-view";

export async function deleteComment(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  threadId: string;
  commentId: string;
}): Promise<ThreadView | null> {
  const { db, userId, meetingId } = options;
  const role = await requireCommenter(db, meetingId, userId);
  const thread = await requireThreadOf(db, meetingId, options.threadId);
  const comment = await requireOwnComment(db, thread.id, options.commentId, userId);
  await db.$transaction([
    db.commentMention.deleteMany({ where: { commentId: comment.id } }),
    db.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } }),
  ]);
  options.events?.commentsChanged(meetingId, thread.id);
  return readThread(db, thread.id, { userId, role });
}
