import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateSqlite } from "./migrate";

const MIGRATIONS = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");
const committed = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let dir: string;
let file: string;
let migrations: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kateb-migrate-"));
  file = path.join(dir, "kateb.db");
  migrations = path.join(dir, "migrations");
  cpSync(MIGRATIONS, migrations, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: number | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: number | null;
  started_at: number;
  applied_steps_count: number;
}

function query<T>(sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const rows = (): MigrationRow[] => query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

function addMigration(name: string, sql: string): void {
  mkdirSync(path.join(migrations, name));
  writeFileSync(path.join(migrations, name, "migration.sql"), sql);
}

describe("migrateSqlite", () => {
  it("applies every committed migration once: a second run applies nothing", () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(migrateSqlite(file, migrations)).toEqual(committed);
    expect(migrateSqlite(file, migrations)).toEqual([]);
    expect(rows().map((row) => row.migration_name)).toEqual(committed);
    const tables = query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(["User", "Meeting", "Membership", "CollabDocument", "CollabUpdate"]));
  });

  it("records migrations in Prisma's own table, with the sha256 of migration.sql as checksum", () => {
    migrateSqlite(file, migrations);
    const columns = query<{ name: string; type: string; notnull: number; pk: number }>(
      `PRAGMA table_info("_prisma_migrations")`,
    ).map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }));
    expect(columns).toEqual([
      { name: "id", type: "TEXT", notnull: 1, pk: 1 },
      { name: "checksum", type: "TEXT", notnull: 1, pk: 0 },
      { name: "finished_at", type: "DATETIME", notnull: 0, pk: 0 },
      { name: "migration_name", type: "TEXT", notnull: 1, pk: 0 },
      { name: "logs", type: "TEXT", notnull: 0, pk: 0 },
      { name: "rolled_back_at", type: "DATETIME", notnull: 0, pk: 0 },
      { name: "started_at", type: "DATETIME", notnull: 1, pk: 0 },
      { name: "applied_steps_count", type: "INTEGER UNSIGNED", notnull: 1, pk: 0 },
    ]);
    for (const row of rows()) {
      const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeGreaterThanOrEqual(row.started_at);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies only a migration added since the last run", () => {
    migrateSqlite(file, migrations);
    addMigration("29990101000000_add_note", `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);`);
    expect(migrateSqlite(file, migrations)).toEqual(["29990101000000_add_note"]);
    expect(rows().map((row) => row.migration_name)).toEqual([...committed, "29990101000000_add_note"]);
  });

  it("refuses to start when an applied migration was changed afterwards, naming it", () => {
    migrateSqlite(file, migrations);
    const before = rows();
    const name = committed[0] ?? "";
    appendFileSync(path.join(migrations, name, "migration.sql"), `\nCREATE TABLE "Sneaky" ("id" TEXT);\n`);
    expect(() => migrateSqlite(file, migrations)).toThrow(`Migration ${name} was changed after it was applied.`);
    expect(rows()).toEqual(before);
    expect(query(`SELECT name FROM sqlite_master WHERE name = 'Sneaky'`)).toEqual([]);
  });

  it("applies nothing of a migration that fails, and records nothing", () => {
    migrateSqlite(file, migrations);
    addMigration("29990101000000_broken", `CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);`);
    expect(() => migrateSqlite(file, migrations)).toThrow(/NoSuchTable/);
    expect(rows().map((row) => row.migration_name)).toEqual(committed);
    expect(query(`SELECT name FROM sqlite_master WHERE name = 'Half'`)).toEqual([]);
  });

  it("refuses to start when a migration is recorded as started but never finished", () => {
    migrateSqlite(file, migrations);
    const db = new Database(file);
    const name = committed[0] ?? "";
    db.prepare(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ?`).run(name);
    db.close();
    expect(() => migrateSqlite(file, migrations)).toThrow(`Migration ${name} failed earlier`);
  });

  describe("a table rebuild (Prisma's way of altering a SQLite table)", () => {
    const PARENT_AND_CHILDREN = `CREATE TABLE "Box" ("id" TEXT NOT NULL PRIMARY KEY, "label" TEXT NOT NULL);
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boxId" TEXT NOT NULL,
    CONSTRAINT "Item_boxId_fkey" FOREIGN KEY ("boxId") REFERENCES "Box" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "Box" VALUES ('b1', 'first'), ('b2', 'second');
INSERT INTO "Item" VALUES ('i1', 'b1'), ('i2', 'b2');`;

    // What `prisma migrate dev` writes when a column is added with a default.
    const REBUILD_BOX = `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Box" ("id" TEXT NOT NULL PRIMARY KEY, "label" TEXT NOT NULL, "colour" TEXT NOT NULL DEFAULT 'grey');
INSERT INTO "new_Box" ("id", "label") SELECT "id", "label" FROM "Box";
DROP TABLE "Box";
ALTER TABLE "new_Box" RENAME TO "Box";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;`;

    it("keeps every dependent row (Item rows of a rebuilt Box), and the rebuilt table still cascades", () => {
      addMigration("29990101000000_boxes", PARENT_AND_CHILDREN);
      migrateSqlite(file, migrations);
      addMigration("29990102000000_box_colour", REBUILD_BOX);
      expect(migrateSqlite(file, migrations)).toEqual(["29990102000000_box_colour"]);
      expect(query(`SELECT "id", "boxId" FROM "Item" ORDER BY "id"`)).toEqual([
        { id: "i1", boxId: "b1" },
        { id: "i2", boxId: "b2" },
      ]);
      expect(query(`SELECT "id", "colour" FROM "Box" ORDER BY "id"`)).toEqual([
        { id: "b1", colour: "grey" },
        { id: "b2", colour: "grey" },
      ]);
      // The rebuilt table still enforces its children's foreign key.
      const db = new Database(file);
      try {
        expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
        db.prepare(`DELETE FROM "Box" WHERE "id" = 'b1'`).run();
        expect(db.prepare(`SELECT "id" FROM "Item"`).all()).toEqual([{ id: "i2" }]);
      } finally {
        db.close();
      }
    });

    it("rolls back a migration that leaves a foreign-key violation, naming it and the table", () => {
      addMigration("29990101000000_boxes", PARENT_AND_CHILDREN);
      migrateSqlite(file, migrations);
      addMigration(
        "29990102000000_lose_a_box",
        `PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Box" ("id" TEXT NOT NULL PRIMARY KEY, "label" TEXT NOT NULL);
INSERT INTO "new_Box" SELECT "id", "label" FROM "Box" WHERE "id" = 'b1';
DROP TABLE "Box";
ALTER TABLE "new_Box" RENAME TO "Box";
PRAGMA foreign_keys=ON;`,
      );
      expect(() => migrateSqlite(file, migrations)).toThrow(
        /Migration 29990102000000_lose_a_box leaves rows in "Item" whose foreign key points nowhere/,
      );
      expect(rows().map((row) => row.migration_name)).toEqual([...committed, "29990101000000_boxes"]);
      expect(query(`SELECT "id" FROM "Box" ORDER BY "id"`)).toEqual([{ id: "b1" }, { id: "b2" }]);
      expect(query(`SELECT "id" FROM "Item" ORDER BY "id"`)).toEqual([{ id: "i1" }, { id: "i2" }]);
    });
  });

  describe("viewers' comments off by default (20261207000000)", () => {
    const NAME = "20261207000000_viewers_see_comments_off_by_default";
    const ROWS = `INSERT INTO "Series" ("id", "title") VALUES ('s1', 'نشست‌ها');
INSERT INTO "User" ("id", "email", "name", "passwordHash", "color") VALUES ('u1', 'a@example.org', 'الف', 'x', '#123456');
INSERT INTO "Meeting" ("id", "seriesId", "title", "startsAt", "minutesStatus") VALUES ('m1', 's1', 'نخست', 1573914600000, 'locked');
INSERT INTO "Meeting" ("id", "title", "startsAt", "viewersSeeComments") VALUES ('m2', 'دوم', 1573914600000, false);
INSERT INTO "Membership" ("id", "meetingId", "userId", "role") VALUES ('p1', 'm1', 'u1', 'viewer');`;

    it("keeps every meeting, its setting and what depends on it; a new meeting hides its comments from viewers", () => {
      const later = committed.filter((name) => name >= NAME);
      expect(later[0]).toBe(NAME);
      for (const name of later) rmSync(path.join(migrations, name), { recursive: true });
      migrateSqlite(file, migrations);
      const db = new Database(file);
      try {
        db.exec(ROWS);
      } finally {
        db.close();
      }
      const meetings = (): unknown[] => query(`SELECT "id", "seriesId", "title", "startsAt", "place", "minutesStatus", "viewersSeeComments" FROM "Meeting" ORDER BY "id"`);
      const before = meetings();
      cpSync(MIGRATIONS, migrations, { recursive: true });
      expect(migrateSqlite(file, migrations)).toEqual(later);
      expect(meetings()).toEqual(before);
      expect(query(`SELECT "id", "viewersSeeComments" FROM "Meeting" ORDER BY "id"`)).toEqual([
        { id: "m1", viewersSeeComments: 1 },
        { id: "m2", viewersSeeComments: 0 },
      ]);
      const after = new Database(file);
      try {
        after.prepare(`INSERT INTO "Meeting" ("id", "title", "startsAt") VALUES ('m3', 'تازه', 1573914600000)`).run();
        expect(after.prepare(`SELECT "viewersSeeComments" FROM "Meeting" WHERE "id" = 'm3'`).get()).toEqual({ viewersSeeComments: 0 });
        // The rebuilt table keeps its index and its children's foreign keys.
        // (Later migrations may add their own: 20261208000000's unique session numbers.)
        expect(after.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'Meeting' AND "sql" IS NOT NULL`).all()).toEqual(
          expect.arrayContaining([{ name: "Meeting_seriesId_idx" }]),
        );
        after.prepare(`DELETE FROM "Meeting" WHERE "id" = 'm1'`).run();
        expect(after.prepare(`SELECT "id" FROM "Membership"`).all()).toEqual([]);
      } finally {
        after.close();
      }
    });
  });
});
