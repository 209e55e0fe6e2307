// Which active accounts still have the published demo password. Seeded
// accounts carry a flag, cleared whenever their password is set; a data folder
// seeded before the flag existed is checked once per start against the demo
// accounts' addresses (a handful of hash comparisons).
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { verifyPassword } from "../auth/password";
import type { Db } from "../db/client";

export async function flagDemoPasswords(db: Db): Promise<void> {
  const unflagged = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) }, demoPassword: false },
    select: { id: true, passwordHash: true },
  });
  for (const user of unflagged) {
    if (await verifyPassword(DEMO_PASSWORD, user.passwordHash)) {
      await db.user.update({ where: { id: user.id }, data: { demoPassword: true } });
    }
  }
}

export async function demoPasswordEmails(db: Db): Promise<string[]> {
  const users = await db.user.findMany({
    where: { demoPassword: true, deactivatedAt: null },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return users.map((user) => user.email);
}

/** Whether any active account still has the demo password: every page then says so. */
export async function hasDemoPasswords(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { demoPassword: true, deactivatedAt: null } })) > 0;
}
