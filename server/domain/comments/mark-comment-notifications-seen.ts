// The user has looked: the given threads (or every thread with news) are read
// as of now, so their count drops to what arrives later.
import type { Db } from "@/server/db/client";
import { markThreadRead } from "./comment-access";
import { listCommentNotifications, type CommentNotifications } from "./list-comment-notifications";

export async function markCommentNotificationsSeen(options: {
  db: Db;
  userId: string;
  threadIds?: string[];
}): Promise<CommentNotifications> {
  const { db, userId } = options;
  const news = await listCommentNotifications({ db, userId });
  const wanted = options.threadIds ? new Set(options.threadIds) : null;
  const threads = news.threads.filter((thread) => !wanted || wanted.has(thread.threadId));
  const now = new Date();
  await db.$transaction(async (tx) => {
    for (const thread of threads) await markThreadRead(tx, thread.threadId, userId, now);
  });
  return listCommentNotifications({ db, userId });
}
