// The organisation's directory: active accounts found by a part of their name
// (Persian-aware: Arabic yeh and kaf, spaces and ZWNJs compare alike) or of
// their email. For those who add people to meetings: administrators, and
// organizers of a meeting or series.
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { directoryEntry } from "@/lib/contracts/directory";
import { comparisonKey } from "@/lib/persian-text";
import type { Db } from "../db/client";

export const DIRECTORY_LIMIT = 20;

/** lib/contracts/directory shapes the answer. */
export type DirectoryEntry = z.input<typeof directoryEntry>;

export async function searchDirectory(db: Db, askerId: string, query: string): Promise<DirectoryEntry[]> {
  const asker = await db.user.findUnique({
    where: { id: askerId },
    select: {
      isAdmin: true,
      _count: { select: { memberships: { where: { role: "organizer" } }, organizedSeries: true } },
    },
  });
  if (!asker || (!asker.isAdmin && asker._count.memberships === 0 && asker._count.organizedSeries === 0)) {
    throw new AppError("forbidden", "directory.organizersOnly");
  }
  const key = comparisonKey(query);
  if (!key) return [];
  const accounts = await db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, name: true, email: true } });
  // In the Persian alphabet's order, whatever the database's collation.
  return accounts
    .filter((account) => comparisonKey(account.name).includes(key) || account.email.includes(key))
    .sort((a, b) => a.name.localeCompare(b.name, "fa") || a.id.localeCompare(b.id))
    .slice(0, DIRECTORY_LIMIT);
}

/** The name and email of each of these accounts (an attendee linked to one), by id. */
export async function accountsByIds(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; email: string }>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
}
