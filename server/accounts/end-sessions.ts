// Ends every session of an account: the session version rises, so each cookie
// issued before names an old one (server/auth/session-check).
import type { Db } from "../db/client";
import { forgetSessionAccount } from "../auth/session-check";

export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  forgetSessionAccount(userId);
}
