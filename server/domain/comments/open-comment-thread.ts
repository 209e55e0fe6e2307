// A commenter selects words of the live minutes or of a locked version and
// writes about them: a new thread. The anchor must resolve inside that
// document and the quote must be the words between its two positions.
import { AppError } from "@/lib/app-error";
import type { OpenThreadFields } from "@/lib/validation/comments";
import type { Db } from "@/server/db/client";
import { requireCommenter, requireMembersMentioned, markThreadRead } from "./comment-access";
import { resolveAnchor, sameWords } from "./comment-anchor";
import type { CommentEvents } from "./comment-events";
import { minutesDoc, readThread, type ThreadView } from "./comment-thread-view";

export async function openCommentThread(options: {
  db: Db;
  events?: CommentEvents;
  userId: string;
  meetingId: string;
  fields: OpenThreadFields;
}): Promise<ThreadView> {
  const { db, userId, meetingId, fields } = options;
  const role = await requireCommenter(db, meetingId, userId);
  const mentions = await requireMembersMentioned(db, meetingId, fields.mentions);
  const anchorStart = new Uint8Array(Buffer.from(fields.anchor.start, "base64"));
  const anchorEnd = new Uint8Array(Buffer.from(fields.anchor.end, "base64"));
  const doc = await minutesDoc(db, meetingId, fields.versionNumber);
  try {
    const range = resolveAnchor(doc, anchorStart, anchorEnd);
    if (!range || range.text.trim() === "" || !sameWords(range.text, fields.quote)) {
      throw new AppError("invalid_input", "error.comment.anchorOutside", { anchor: "error.comment.anchorOutside" });
    }
  } finally {
    doc.destroy();
  }
  const now = new Date();
  const threadId = await db.$transaction(async (tx) => {
    const thread = await tx.commentThread.create({
      data: {
        meetingId,
        versionNumber: fields.versionNumber,
        anchorStart,
        anchorEnd,
        quote: fields.quote,
        createdById: userId,
        createdAt: now,
        comments: {
          create: { authorId: userId, body: fields.body, createdAt: now, mentions: { create: mentions.map((id) => ({ userId: id })) } },
        },
      },
      select: { id: true },
    });
    await markThreadRead(tx, thread.id, userId, now);
    return thread.id;
  });
  options.events?.commentsChanged(meetingId, threadId);
  const view = await readThread(db, threadId, { userId, role });
  if (!view) throw new AppError("internal");
  return view;
}
