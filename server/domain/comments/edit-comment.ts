// The author edits their own comment (its text and mentions); nobody edits
// another person's.
import type { CommentFields } from "@/lib/validation/comments";
import type { Db } from "@/server/db/client";
import { markThreadRead, requireCommenter, requireMembersMentioned, requireOwnComment, requireThreadOf } from "./comment-access";
import type { CommentEvents } from "./comment-events";
import { readThread, type ThreadView } from "./comment-thread-view";

export async function editComment(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  threadId: string;
  commentId: string;
  fields: CommentFields;
}): Promise<ThreadView | null> {
  const { db, userId, meetingId, fields } = options;
  const role = await requireCommenter(db, meetingId, userId);
  const thread = await requireThreadOf(db, meetingId, options.threadId);
  const comment = await requireOwnComment(db, thread.id, options.commentId, userId);
  const mentions = await requireMembersMentioned(db, meetingId, fields.mentions);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await tx.comment.update({
      where: { id: comment.id },
      data: { body: fields.body, editedAt: now, mentions: { create: mentions.map((id) => ({ userId: id })) } },
    });
    await markThreadRead(tx, thread.id, userId, now);
  });
  options.events?.commentsChanged(meetingId, thread.id);
  return readThread(db, thread.id, { userId, role });
}
