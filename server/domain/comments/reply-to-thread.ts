// A commenter replies in a thread of this meeting (a thread of another meeting
// is unknown here).
import { AppError } from "@/lib/app-error";
import type { CommentFields } from "@/lib/validation/comments";
import type { Db } from "@/server/db/client";
import { markThreadRead, requireCommenter, requireMembersMentioned, requireThreadOf } from "./comment-access";
import type { CommentEvents } from "./comment-events";
import { readThread, type ThreadView } from "./comment-thread-view";

export async function replyToThread(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  threadId: string;
  fields: CommentFields;
}): Promise<ThreadView> {
  const { db, userId, meetingId, fields } = options;
  const role = await requireCommenter(db, meetingId, userId);
  const thread = await requireThreadOf(db, meetingId, options.threadId);
  const mentions = await requireMembersMentioned(db, meetingId, fields.mentions);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.comment.create({
      data: {
        threadId: thread.id,
        authorId: userId,
        body: fields.body,
        createdAt: now,
        mentions: { create: mentions.map((id) => ({ userId: id })) },
      },
    });
    await markThreadRead(tx, thread.id, userId, now);
  });
  options.events?.commentsChanged(meetingId, thread.id);
  const view = await readThread(db, thread.id, { userId, role });
  if (!view) throw new AppError("internal");
  return view;
}
