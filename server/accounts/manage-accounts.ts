// What administrators do with accounts: list them, create one with an
// invitation link, send a new invitation or a reset link, deactivate (every
// session and live connection of the account ends) and reactivate. Each use
// case checks, from the database, that the one asking is an active administrator.
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { accountRow, createdAccount } from "@/lib/contracts/accounts";
import { forgetSessionAccount } from "../auth/session-check";
import type { Db } from "../db/client";
import type { MeetingEvents } from "../domain/meetings/meeting-events";
import { issueAccountLink, type AccountLinkKind, type IssuedLink } from "./account-links";

const COLORS = ["#0f766e", "#c2410c", "#1d4ed8", "#be185d", "#7c3aed", "#15803d", "#b45309", "#0e7490"];

/** lib/contracts/accounts shapes the answers. */
export type AccountRow = z.input<typeof accountRow>;
type CreatedAccount = z.input<typeof createdAccount>;

async function requireAdmin(db: Db, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isAdmin: true, deactivatedAt: true } });
  if (!user?.isAdmin || user.deactivatedAt) throw new AppError("forbidden", "accounts.adminsOnly");
}

export async function listAccounts(db: Db, adminId: string): Promise<AccountRow[]> {
  await requireAdmin(db, adminId);
  const users = await db.user.findMany({
    select: { id: true, name: true, email: true, isAdmin: true, deactivatedAt: true, passwordHash: true, lastSignInAt: true },
  });
  // Active accounts first, then by when they were deactivated; by name in the
  // Persian alphabet's order, whatever the database's collation.
  const ended = (user: { deactivatedAt: Date | null }): number => user.deactivatedAt?.getTime() ?? 0;
  users.sort((a, b) => ended(a) - ended(b) || a.name.localeCompare(b.name, "fa") || a.id.localeCompare(b.id));
  return users.map(({ deactivatedAt, passwordHash, ...user }) => ({ ...user, active: deactivatedAt === null, invited: passwordHash === "" }));
}

export async function createAccount(
  db: Db,
  adminId: string,
  input: { name: string; email: string; isAdmin: boolean },
): Promise<CreatedAccount> {
  await requireAdmin(db, adminId);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "accounts.emailTaken", { email: "accounts.emailTaken" });
  }
  const color = COLORS[(await db.user.count()) % COLORS.length] ?? "#555555";
  const user = await db.user.create({
    data: { name: input.name, email: input.email, isAdmin: input.isAdmin, passwordHash: "", color },
    select: { id: true },
  });
  return { id: user.id, link: await issueAccountLink(db, { userId: user.id, kind: "invite", createdById: adminId }) };
}

/** A new invitation (no password yet) or reset link; earlier links of the account stop working. */
export async function sendAccountLink(db: Db, adminId: string, userId: string, kind: AccountLinkKind): Promise<IssuedLink> {
  await requireAdmin(db, adminId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  if (!user) throw new AppError("not_found", "accounts.unknown");
  if (user.deactivatedAt) throw new AppError("conflict", "accounts.inactive");
  return issueAccountLink(db, { userId, kind, createdById: adminId });
}

export async function setAccountActive(
  db: Db,
  events: MeetingEvents | undefined,
  adminId: string,
  userId: string,
  active: boolean,
): Promise<void> {
  await requireAdmin(db, adminId);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { isAdmin: true, deactivatedAt: true } });
    if (!user) throw new AppError("not_found", "accounts.unknown");
    if (active === (user.deactivatedAt === null)) return;
    if (!active && user.isAdmin) {
      const otherAdmins = await tx.user.count({ where: { isAdmin: true, deactivatedAt: null, id: { not: userId } } });
      if (otherAdmins === 0) throw new AppError("conflict", "accounts.lastAdmin");
    }
    await tx.user.update({
      where: { id: userId },
      data: active ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    if (!active) await tx.accountLink.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  });
  forgetSessionAccount(userId);
  if (!active) events?.accountEnded(userId);
}
