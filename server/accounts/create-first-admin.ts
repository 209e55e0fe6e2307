// Creates the first administrator: from the setup page (with the one-time
// code) or from the shell (`npm run admin -- create-admin`). Only while no
// account exists, checked inside the transaction that creates it.
import { AppError } from "@/lib/app-error";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { checkNewPassword } from "./password-policy";

const ADMIN_COLOR = "#7c3aed";

export async function createFirstAdmin(db: Db, input: { name: string; email: string; password: string }): Promise<{ id: string }> {
  checkNewPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new AppError("conflict", "setup.alreadyDone");
    return tx.user.create({
      data: { name: input.name, email: input.email, passwordHash, color: ADMIN_COLOR, isAdmin: true },
      select: { id: true },
    });
  });
}

/** Creates an administrator whatever accounts exist (the shell's create-admin). */
export async function createAdmin(db: Db, input: { name: string; email: string; password: string }): Promise<{ id: string }> {
  checkNewPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "accounts.emailTaken");
  }
  return db.user.create({
    data: { name: input.name, email: input.email, passwordHash, color: ADMIN_COLOR, isAdmin: true },
    select: { id: true },
  });
}
