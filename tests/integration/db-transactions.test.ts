// The app's transactions and the update log's own connections to one SQLite
// file. A transaction takes the write lock before its first read
// (server/db/write-lock-first.ts): another connection that would commit
// between its read and its write finds the lock taken (the update log's then
// hands its commit to its worker, which waits), and the transaction commits.
// With Prisma's adapter as it comes, the other connection commits in between
// and the transaction fails at its write ("Operation has timed out").
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/server/db/generated/sqlite/client";
import type { Db } from "@/server/db/client";
import { sqliteTestDbForFile } from "../fixtures/test-db-for-file";

const t = sqliteTestDbForFile();
let other: Database.Database;

beforeAll(() => {
  // As the update log's event-loop connection: it never waits for the lock.
  other = new Database(t.file, { timeout: 0 });
});
// Hooks stack: this connection closes before the database is removed.
afterAll(() => other.close());

let documents = 0;
/** Another connection's commit, as the update log makes them while people
 * type; false when it found the write lock taken. */
function commitElsewhere(): boolean {
  const now = new Date().toISOString();
  try {
    other
      .prepare(`INSERT INTO "CollabDocument" ("name", "snapshot", "createdAt", "updatedAt") VALUES (?, x'00', ?, ?)`)
      .run(`meeting:elsewhere-${(documents += 1)}`, now, now);
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "SQLITE_BUSY") return false;
    throw error;
  }
}

/** Reads, lets another connection try to commit, then writes; what the other connection managed. */
async function readThenWrite(db: Db, email: string): Promise<{ committedElsewhere: boolean }> {
  let committedElsewhere = false;
  await db.$transaction(async (tx) => {
    await tx.user.findMany({ select: { id: true } });
    committedElsewhere = commitElsewhere();
    await tx.user.create({ data: { email, name: email, passwordHash: "-", color: "#000000" } });
  });
  return { committedElsewhere };
}

describe("another connection's commit between a transaction's read and its write", () => {
  it("cannot happen: the other connection finds the lock taken, the transaction commits, and then so can it", async () => {
    expect(await readThenWrite(t.db, "reads-then-writes@kateb.local")).toEqual({ committedElsewhere: false });
    expect(await t.db.user.count({ where: { email: "reads-then-writes@kateb.local" } })).toBe(1);
    expect(commitElsewhere()).toBe(true);
  });

  it("happens with Prisma's adapter as it comes, and fails the transaction: why every transaction takes the write lock first", async () => {
    const plain = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: t.file, timeout: 10_000 }) });
    try {
      await expect(readThenWrite(plain, "plain-adapter@kateb.local")).rejects.toThrow(/timed out/);
      expect(await t.db.user.count({ where: { email: "plain-adapter@kateb.local" } })).toBe(0);
    } finally {
      await plain.$disconnect();
    }
  });
});
