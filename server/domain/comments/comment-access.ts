// Who may read and write a meeting's comments: the organizer, note-takers and
// reviewers comment; viewers read them unless the organizer hides them from
// viewers. A non-member learns nothing (404), as for the meeting itself.
import { AppError } from "@/lib/app-error";
import { isId } from "@/lib/validation/fields";
import type { Role } from "@/lib/roles";
import { requireMember } from "../access/meeting-access";
import type { Tx } from "@/server/db/transaction";

export function canComment(role: Role): boolean {
  return role !== "viewer";
}

export async function requireCommentReader(db: Tx, meetingId: string, userId: string): Promise<Role> {
  const role = await requireMember(db, meetingId, userId);
  if (role !== "viewer") return role;
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { viewersSeeComments: true } });
  if (!meeting.viewersSeeComments) throw new AppError("forbidden", "error.comment.hiddenFromViewers");
  return role;
}

export async function requireCommenter(db: Tx, meetingId: string, userId: string): Promise<Role> {
  const role = await requireMember(db, meetingId, userId);
  if (!canComment(role)) throw new AppError("forbidden", "error.comment.viewerCannotComment");
  return role;
}

/** The thread, when it belongs to this meeting; 404 otherwise (a thread of another meeting included). */
export async function requireThreadOf(db: Tx, meetingId: string, threadId: string): Promise<{ id: string; versionNumber: number | null }> {
  const thread = isId(threadId)
    ? await db.commentThread.findFirst({ where: { id: threadId, meetingId }, select: { id: true, versionNumber: true } })
    : null;
  if (!thread) throw new AppError("not_found", "error.thread.unknown");
  return thread;
}

/** Every mentioned user is a member of the meeting; 422 otherwise. */
export async function requireMembersMentioned(db: Tx, meetingId: string, userIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return unique;
  const members = await db.membership.count({ where: { meetingId, userId: { in: unique } } });
  if (members !== unique.length) {
    throw new AppError("invalid_input", "error.comment.mentionNotMember", { mentions: "error.comment.mentionNotMember" });
  }
  return unique;
}

/** A comment of the thread written by this user and not deleted. */
export async function requireOwnComment(db: Tx, threadId: string, commentId: string, userId: string): Promise<{ id: string }> {
  const comment = isId(commentId)
    ? await db.comment.findFirst({ where: { id: commentId, threadId }, select: { id: true, authorId: true, deletedAt: true } })
    : null;
  if (!comment) throw new AppError("not_found", "error.comment.unknown");
  if (comment.authorId !== userId) throw new AppError("forbidden", "error.comment.notAuthor");
  if (comment.deletedAt) throw new AppError("conflict", "error.comment.gone");
  return { id: comment.id };
}

/** The user has looked at the thread now (their own comment counts as looking). */
export async function markThreadRead(db: Tx, threadId: string, userId: string, at: Date): Promise<void> {
  await db.commentRead.upsert({
    where: { threadId_userId: { threadId, userId } },
    create: { threadId, userId, readAt: at },
    update: { readAt: at },
  });
}
