// One-time links sent to a person: an invitation (set a first password) or a
// password reset. The token is shown once, to the administrator who sends it;
// only its hash is kept. A newer link of the same account revokes the older
// ones; a link works until used, revoked or expired, for an active account.
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { issuedLink, redeemedLink } from "@/lib/contracts/accounts";
import { hashPassword } from "../auth/password";
import { forgetSessionAccount } from "../auth/session-check";
import type { Db } from "../db/client";
import { checkNewPassword } from "./password-policy";

export type AccountLinkKind = "invite" | "reset";

const LIFETIME_MS: Record<AccountLinkKind, number> = {
  invite: 7 * 24 * 60 * 60_000,
  reset: 24 * 60 * 60_000,
};

/** Where a link's holder sets their password (the token in the query). */
export const ACCOUNT_LINK_PATH = "/account/link";

const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** lib/contracts/accounts shapes the answers. */
export type IssuedLink = z.input<typeof issuedLink>;

export async function issueAccountLink(db: Db, options: { userId: string; kind: AccountLinkKind; createdById: string | null }): Promise<IssuedLink> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + LIFETIME_MS[options.kind]);
  await db.$transaction(async (tx) => {
    await tx.accountLink.updateMany({ where: { userId: options.userId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.accountLink.create({
      data: { userId: options.userId, kind: options.kind, tokenHash: hashToken(token), expiresAt, createdById: options.createdById },
    });
  });
  return { path: `${ACCOUNT_LINK_PATH}?token=${token}`, expiresAt };
}

export interface LinkHolder {
  kind: AccountLinkKind;
  email: string;
  name: string;
}

/** The account a link is for, when it still works; else null. */
export async function readAccountLink(db: Db, token: string): Promise<LinkHolder | null> {
  const link = await db.accountLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { kind: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { email: true, name: true, deactivatedAt: true } } },
  });
  if (!link || link.usedAt || link.revokedAt || link.expiresAt.getTime() <= Date.now() || link.user.deactivatedAt) return null;
  return { kind: link.kind === "reset" ? "reset" : "invite", email: link.user.email, name: link.user.name };
}

/** Sets the password of the link's account and spends the link, in one transaction. */
export async function redeemAccountLink(db: Db, token: string, password: string): Promise<z.input<typeof redeemedLink>> {
  const holder = await readAccountLink(db, token);
  if (!holder) throw new AppError("not_found", "accounts.linkInvalid");
  checkNewPassword(password, holder);
  const passwordHash = await hashPassword(password);
  const userId = await db.$transaction(async (tx) => {
    // Spent here, inside the transaction: two tabs submitting at once set one password.
    const spent = await tx.accountLink.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) throw new AppError("not_found", "accounts.linkInvalid");
    const link = await tx.accountLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
    await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, demoPassword: false, sessionVersion: { increment: 1 } },
    });
    return link.userId;
  });
  forgetSessionAccount(userId);
  return { email: holder.email };
}
