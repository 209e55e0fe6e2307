// The migration that gives a version one live link (LIVE_LINK) on data made
// before it, in SQLite and in PostgreSQL: a version that already had several
// live links keeps them all live (their readers hold them) and the newest is
// its live link; a revoked link is no version's; another version's lone link
// is its own. After it, the database itself refuses a second live link of a
// version.
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migratePostgres } from "@/server/db/migrate-postgres";
import { migrateSqlite } from "@/server/db/migrate";
import { createTestSchema, type TestSchema } from "../helpers/postgres-schema";

const LIVE_LINK = "20261206000000_one_live_link_per_version";
const PRISMA = path.resolve(import.meta.dirname, "..", "..", "prisma");

const EARLIER_ROWS = (bytes: string) => `
INSERT INTO "User" ("id", "email", "name", "passwordHash", "color") VALUES ('u1', 'organizer@example.org', 'مریم', 'hash', '#aa3355');
INSERT INTO "Series" ("id", "title") VALUES ('s1', 'Monthly dialogue');
INSERT INTO "Meeting" ("id", "seriesId", "title", "startsAt", "place") VALUES ('m1', 's1', 'Session 1', '2026-11-20T10:00:00Z', 'Qom');
INSERT INTO "MinutesVersion" ("id", "meetingId", "number", "yjsState", "content", "sha256", "meetingDetails", "lockedById") VALUES
  ('v1', 'm1', 1, ${bytes}, '{}', 'hash-1', '{}', 'u1'),
  ('v2', 'm1', 2, ${bytes}, '{}', 'hash-2', '{}', 'u1');
INSERT INTO "Publication" ("id", "token", "meetingId", "versionId", "publishedById", "publishedAt", "revokedAt") VALUES
  ('p1', 'token-1', 'm1', 'v1', 'u1', '2026-12-01T10:00:00Z', NULL),
  ('p2', 'token-2', 'm1', 'v1', 'u1', '2026-12-01T10:00:03Z', NULL),
  ('p3', 'token-3', 'm1', 'v1', 'u1', '2026-12-01T10:00:02Z', NULL),
  ('p4', 'token-4', 'm1', 'v1', 'u1', '2026-12-01T10:00:05Z', '2026-12-02T10:00:00Z'),
  ('p5', 'token-5', 'm1', 'v2', 'u1', '2026-12-03T10:00:00Z', NULL);`;

/** What the migration leaves: every link, whether it is live, and whose live link it is. */
const EXPECTED = [
  { id: "p1", live: true, liveVersionId: null },
  { id: "p2", live: true, liveVersionId: "v1" },
  { id: "p3", live: true, liveVersionId: null },
  { id: "p4", live: false, liveVersionId: null },
  { id: "p5", live: true, liveVersionId: "v2" },
];
const LINKS = `SELECT "id", "revokedAt" IS NULL AS "live", "liveVersionId" FROM "Publication" ORDER BY "id"`;
const SECOND_LIVE_LINK = `INSERT INTO "Publication" ("id", "token", "meetingId", "versionId", "publishedById", "liveVersionId") VALUES ('p6', 'token-6', 'm1', 'v1', 'u1', 'v1')`;

let dir: string;
let migrations: (database: "sqlite" | "postgres", withLiveLink: boolean) => string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kateb-live-link-"));
  migrations = (database, withLiveLink) => {
    const source = path.join(PRISMA, ...(database === "sqlite" ? ["migrations"] : ["postgres", "migrations"]));
    const target = path.join(dir, `${database}-migrations`);
    cpSync(source, target, { recursive: true, filter: (from) => withLiveLink || !from.includes(LIVE_LINK) });
    return target;
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe(`migration ${LIVE_LINK}`, () => {
  it("in SQLite: keeps every link live, makes the newest live link of each version its live one, then refuses a second", () => {
    const file = path.join(dir, "kateb.db");
    expect(migrateSqlite(file, migrations("sqlite", false))).not.toContain(LIVE_LINK);
    const db = new Database(file);
    try {
      db.exec(EARLIER_ROWS("x'00'"));
      expect(migrateSqlite(file, migrations("sqlite", true))).toEqual([LIVE_LINK]);
      const links = db.prepare(LINKS).all() as Array<{ id: string; live: number; liveVersionId: string | null }>;
      expect(links.map((link) => ({ ...link, live: link.live === 1 }))).toEqual(EXPECTED);
      expect(() => db.exec(SECOND_LIVE_LINK)).toThrow(/UNIQUE constraint failed: Publication.liveVersionId/);
    } finally {
      db.close();
    }
  });

  describe("in PostgreSQL", () => {
    let schema: TestSchema;
    beforeEach(async () => {
      schema = await createTestSchema();
    });
    afterEach(async () => schema.drop());

    it("keeps every link live, makes the newest live link of each version its live one, then refuses a second", async () => {
      expect(await migratePostgres(schema.url, migrations("postgres", false))).not.toContain(LIVE_LINK);
      await schema.client.query(EARLIER_ROWS("'\\x00'::bytea"));
      expect(await migratePostgres(schema.url, migrations("postgres", true))).toEqual([LIVE_LINK]);
      expect((await schema.client.query(LINKS)).rows).toEqual(EXPECTED);
      await expect(schema.client.query(SECOND_LIVE_LINK)).rejects.toThrow(/Publication_liveVersionId_key/);
    });
  });
});
