// Gives an account a new password (checked against the policy). Every session
// issued before ends (the session version rises), and a demo password is gone.
import { AppError } from "@/lib/app-error";
import { hashPassword } from "../auth/password";
import { forgetSessionAccount } from "../auth/session-check";
import type { Db } from "../db/client";
import { checkNewPassword } from "./password-policy";

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) throw new AppError("not_found");
  checkNewPassword(password, user);
  const passwordHash = await hashPassword(password);
  await db.user.update({
    where: { id: userId },
    data: { passwordHash, demoPassword: false, sessionVersion: { increment: 1 } },
  });
  forgetSessionAccount(userId);
}
