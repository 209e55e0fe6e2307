// A user's news in comments: threads, in meetings whose comments they may
// read, where someone else replied after the user commented in them or
// mentioned the user — since the user last looked at that thread.
import type { z } from "zod";
import type { commentNotifications } from "@/lib/contracts/comments";
import type { Db } from "@/server/db/client";

export type CommentNotifications = z.input<typeof commentNotifications>;
/** One thread's news while it is gathered: the server's Date, sorted on. */
type CommentNotification = CommentNotifications["threads"][number] & { latestAt: Date };

export async function listCommentNotifications(options: { db: Db; userId: string }): Promise<CommentNotifications> {
  const { db, userId } = options;
  const comments = await db.comment.findMany({
    where: {
      authorId: { not: userId },
      deletedAt: null,
      hiddenAt: null,
      thread: {
        meeting: {
          memberships: { some: { userId } },
          // A viewer of a meeting that hides comments from viewers has no news there.
          OR: [{ viewersSeeComments: true }, { memberships: { some: { userId, role: { not: "viewer" } } } }],
        },
      },
      OR: [{ mentions: { some: { userId } } }, { thread: { comments: { some: { authorId: userId } } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      createdAt: true,
      author: { select: { id: true, name: true } },
      mentions: { where: { userId }, select: { id: true } },
      thread: {
        select: {
          id: true,
          meetingId: true,
          versionNumber: true,
          quote: true,
          meeting: { select: { title: true } },
          reads: { where: { userId }, select: { readAt: true } },
          comments: { where: { authorId: userId }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
        },
      },
    },
  });
  const byThread = new Map<string, CommentNotification>();
  for (const comment of comments) {
    const { thread } = comment;
    const lastRead = thread.reads[0]?.readAt;
    if (lastRead && comment.createdAt <= lastRead) continue;
    const mentioned = comment.mentions.length > 0;
    const firstOwn = thread.comments[0]?.createdAt;
    const replied = firstOwn !== undefined && comment.createdAt > firstOwn;
    if (!mentioned && !replied) continue;
    const entry = byThread.get(thread.id);
    if (entry) {
      entry.mentioned ||= mentioned;
      entry.replied ||= replied;
      entry.newComments += 1;
      entry.latestAt = comment.createdAt;
      entry.latestBy = comment.author;
    } else {
      byThread.set(thread.id, {
        meetingId: thread.meetingId,
        meetingTitle: thread.meeting.title,
        threadId: thread.id,
        versionNumber: thread.versionNumber,
        quote: thread.quote,
        mentioned,
        replied,
        newComments: 1,
        latestAt: comment.createdAt,
        latestBy: comment.author,
      });
    }
  }
  const threads = [...byThread.values()].sort((a, b) => b.latestAt.getTime() - a.latestAt.getTime());
  return { count: threads.length, threads };
}
