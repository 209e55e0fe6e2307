// Whether a session cookie still stands: its account is active, its session
// version is the account's current one (sign-out everywhere, a password change
// or reset, and deactivation raise it), and it began less than the absolute
// lifetime ago. The account's row is read at most every CACHE_MS per process.
import type { Db } from "../db/client";

export const SESSION_CACHE_MS = 2_000;
/** However active a session stays, it ends this long after sign-in. */
export const ABSOLUTE_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** A session nobody uses ends after this (next-auth renews the cookie on use). */
export const IDLE_SESSION_SECONDS = 12 * 60 * 60;

interface AccountState {
  version: number;
  active: boolean;
  isAdmin: boolean;
  name: string;
  locale: string | null;
  readAt: number;
}

const KEY = Symbol.for("kateb.sessionAccounts");
type Holder = { [KEY]?: Map<string, AccountState> };

function cache(): Map<string, AccountState> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Forgets what was read of an account (after this process changed it). */
export function forgetSessionAccount(userId: string): void {
  cache().delete(userId);
}

export async function currentAccount(db: Db, userId: string): Promise<AccountState | null> {
  const known = cache().get(userId);
  if (known && Date.now() - known.readAt < SESSION_CACHE_MS) return known;
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true, deactivatedAt: true, isAdmin: true, name: true, locale: true },
  });
  if (!row) {
    cache().delete(userId);
    return null;
  }
  const state = { version: row.sessionVersion, active: row.deactivatedAt === null, isAdmin: row.isAdmin, name: row.name, locale: row.locale, readAt: Date.now() };
  cache().set(userId, state);
  if (cache().size > 10_000) cache().delete(cache().keys().next().value ?? userId);
  return state;
}

/** The account behind a session token, or null when the session has ended. */
export async function sessionAccount(
  db: Db,
  token: { sub?: string; sv?: number; authTime?: number },
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<AccountState | null> {
  if (!token.sub || token.sv === undefined || token.authTime === undefined) return null;
  if (nowSeconds - token.authTime > ABSOLUTE_SESSION_SECONDS) return null;
  const account = await currentAccount(db, token.sub);
  if (!account || !account.active || account.version !== token.sv) return null;
  return account;
}
