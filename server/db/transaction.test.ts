// A write refused by a unique index reads as one on either engine (Prisma's
// P2002, from SQLite's SQLITE_CONSTRAINT_UNIQUE or PostgreSQL's 23505), also
// inside a transaction; use cases turn it into their own "already there".
import { describe, expect, it } from "vitest";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { isUniqueViolation } from "./transaction";

const t = testDbForFile();

const user = (email: string) => ({ data: { email, name: "یک", passwordHash: "-", color: "#000000" } });

async function failure(write: () => Promise<unknown>): Promise<unknown> {
  return write().then(
    () => {
      throw new Error("the write was expected to fail");
    },
    (error: unknown) => error,
  );
}

describe("isUniqueViolation", () => {
  it("is true for a second row with the same unique value, alone or in a transaction, and false for another failure", async () => {
    await t.db.user.create(user("twice@kateb.local"));
    expect(isUniqueViolation(await failure(() => t.db.user.create(user("twice@kateb.local"))))).toBe(true);
    const inTransaction = await failure(() => t.db.$transaction(async (tx) => tx.user.create(user("twice@kateb.local"))));
    expect(isUniqueViolation(inTransaction)).toBe(true);
    const missing = await failure(() => t.db.membership.create({ data: { meetingId: "none", userId: "none", role: "viewer" } }));
    expect(isUniqueViolation(missing)).toBe(false);
    expect(await t.db.user.count({ where: { email: "twice@kateb.local" } })).toBe(1);
  });
});
