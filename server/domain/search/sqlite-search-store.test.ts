// The SQLite store's plan over a migrated database: the words' matches drive
// (FTS5), each match's meeting, kind and facets come from the covering index
// by its id alone (not from its row of text, and not by seeking through the
// asker's meetings, a thousand seeks a match for a member of a thousand).
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/sqlite/client";
import { createSqliteTestDb } from "@/tests/helpers/test-db";
import { sqliteSearchStore } from "./sqlite-search-store";

const testDb = createSqliteTestDb();
afterAll(() => testDb.cleanup());

function planOf(sql: Prisma.Sql): string[] {
  const db = new Database(testDb.file, { readonly: true });
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql.sql}`).all(...(sql.values as unknown[])) as Array<{ detail: string }>).map((row) => row.detail);
  } finally {
    db.close();
  }
}

describe("the SQLite search store", () => {
  it("reads each match from the covering index by its id, the asker's meetings checked on it", () => {
    const store = sqliteSearchStore();
    const meetings = Array.from({ length: 1000 }, (_, index) => `meeting-${index}`);
    const hits = store.hits({ words: [["بیمه"]], prefix: "بیمه" });
    const plan = planOf(Prisma.sql`SELECT h."id", h."kind" FROM ${hits} h WHERE ${store.isAmong(Prisma.sql`h."meetingId"`, meetings)} AND h."kind" = ${"minutes"}`);
    expect(plan[0]).toMatch(/^SCAN SearchEntryTerms VIRTUAL TABLE/);
    expect(plan).toContain("SEARCH e USING COVERING INDEX SearchEntry_heads_idx (id=?)");
  });
});
