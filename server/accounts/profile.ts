// What every user changes of their own account: the name others see, the
// interface language, and the password (the current one required; failures
// count like failed sign-ins). A new password ends every session, this one
// too: the page signs in again with it.
import { AppError } from "@/lib/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { verifyPassword } from "../auth/password";
import { forgetSessionAccount } from "../auth/session-check";
import type { Db } from "../db/client";
import { setPassword } from "./set-password";
import type { SignInThrottle } from "./sign-in-limiter";

export async function updateProfile(db: Db, userId: string, input: { name: string; locale: Locale | null }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale } });
  forgetSessionAccount(userId);
}

export async function changePassword(
  db: Db,
  limiter: SignInThrottle | undefined,
  userId: string,
  input: { current: string; password: string; address: string | null },
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("unauthenticated");
  const wait = (await limiter?.retryAfter(user.email, input.address)) ?? 0;
  if (wait > 0) throw new AppError("too_many_requests", "auth.signIn.throttled", undefined, wait);
  if (!(await verifyPassword(input.current, user.passwordHash))) {
    await limiter?.failed(user.email, input.address);
    throw new AppError("invalid_input", "error.invalid_input", { current: "accounts.wrongCurrent" });
  }
  if (input.current === input.password) throw new AppError("invalid_input", "error.invalid_input", { password: "accounts.samePassword" });
  await setPassword(db, userId, input.password);
}
