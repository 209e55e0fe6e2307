// The committed PostgreSQL migrations and their runner (server/db/migrate-postgres.ts)
// on a real server, each test in a fresh schema: every migration applies once
// and creates what the models need, rows written under an earlier migration
// survive the later ones, and a migration that rebuilds a table keeps its
// dependent rows or, leaving a foreign-key violation, is rolled back whole.
// The PostgreSQL half of what server/db/migrate.test.ts shows for SQLite.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type QueryResultRow } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/postgres/client";
import { migratePostgres } from "@/server/db/migrate-postgres";
import { readMigrations } from "@/server/db/migrations-folder";
import { modelColumns, SEARCH_TABLES } from "../helpers/model-columns";
import { createTestSchema, type TestSchema } from "../helpers/postgres-schema";

const MIGRATIONS = path.resolve(import.meta.dirname, "..", "..", "prisma", "postgres", "migrations");
const committed = readMigrations(MIGRATIONS).map((migration) => migration.name);

let schema: TestSchema;
let dir: string;
let migrations: string;

beforeEach(async () => {
  schema = await createTestSchema();
  dir = mkdtempSync(path.join(tmpdir(), "kateb-pg-migrate-"));
  migrations = path.join(dir, "migrations");
  cpSync(MIGRATIONS, migrations, { recursive: true });
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await schema.drop();
});

const migrate = (): Promise<string[]> => migratePostgres(schema.url, migrations);

async function query<T extends QueryResultRow>(sql: string): Promise<T[]> {
  return (await schema.client.query<T>(sql)).rows;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const rows = (): Promise<MigrationRow[]> => query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
const recordedNames = async (): Promise<string[]> => (await rows()).map((row) => row.migration_name);

async function tableExists(table: string): Promise<boolean> {
  const found = await query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${table}'`,
  );
  return found.length > 0;
}

function addMigration(name: string, sql: string): void {
  mkdirSync(path.join(migrations, name));
  writeFileSync(path.join(migrations, name, "migration.sql"), sql);
}

/** Every table of the schema but Prisma's own, each with its rows ordered by its first column. */
async function everyRow(): Promise<Map<string, QueryResultRow[]>> {
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const out = new Map<string, QueryResultRow[]>();
  for (const { table_name: table } of tables) out.set(table, await query(`SELECT * FROM "${table}" ORDER BY 1`));
  return out;
}

describe("migratePostgres", () => {
  it("applies every committed migration once, creating each model's table and columns: a second run applies nothing", async () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(await migrate()).toEqual(committed);
    expect(await migrate()).toEqual([]);
    expect(await recordedNames()).toEqual(committed);
    const columns = await query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
    );
    const tables = new Map<string, string[]>();
    for (const { table_name: table, column_name: column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
    for (const [table, names] of tables) tables.set(table, names.sort());
    for (const table of SEARCH_TABLES) tables.delete(table);
    expect(tables).toEqual(modelColumns(Prisma));
  });

  it("records migrations in Prisma's own table as Prisma Migrate creates it, with the sha256 of migration.sql", async () => {
    await migrate();
    const columns = await query(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable AS nullable
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
       ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, nullable: "NO" },
      { column_name: "checksum", data_type: "character varying", length: 64, nullable: "NO" },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, nullable: "YES" },
      { column_name: "migration_name", data_type: "character varying", length: 255, nullable: "NO" },
      { column_name: "logs", data_type: "text", length: null, nullable: "YES" },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, nullable: "YES" },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, nullable: "NO" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, nullable: "NO" },
    ]);
    for (const row of await rows()) {
      const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies only a migration added since the last run", async () => {
    await migrate();
    addMigration("29990101000000_add_note", `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);`);
    expect(await migrate()).toEqual(["29990101000000_add_note"]);
    expect(await recordedNames()).toEqual([...committed, "29990101000000_add_note"]);
  });

  it("applies each migration once when two processes start together", async () => {
    // Both settled before the schema is dropped, whichever fails.
    const runs = await Promise.allSettled([migrate(), migrate()]);
    const applied = runs.map((run) => (run.status === "fulfilled" ? run.value : [String(run.reason)]));
    expect(applied.flat().sort()).toEqual(committed);
    expect(await recordedNames()).toEqual(committed);
  });

  it("refuses to start when an applied migration was changed afterwards, naming it", async () => {
    await migrate();
    const before = await rows();
    const name = committed[0] ?? "";
    appendFileSync(path.join(migrations, name, "migration.sql"), `\nCREATE TABLE "Sneaky" ("id" TEXT);\n`);
    addMigration("29990101000000_add_note", `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);`);
    await expect(migrate()).rejects.toThrow(`Migration ${name} was changed after it was applied.`);
    expect(await rows()).toEqual(before);
    expect(await tableExists("Sneaky")).toBe(false);
    expect(await tableExists("Note")).toBe(false);
  });

  it("applies nothing of a migration that fails, records nothing, and stops there", async () => {
    await migrate();
    addMigration("29990101000000_broken", `CREATE TABLE "Half" ("id" TEXT);\nINSERT INTO "NoSuchTable" VALUES (1);`);
    addMigration("29990102000000_after", `CREATE TABLE "After" ("id" TEXT);`);
    await expect(migrate()).rejects.toThrow(
      /^Migration 29990101000000_broken failed; nothing of it was applied: relation "NoSuchTable" does not exist/,
    );
    expect(await recordedNames()).toEqual(committed);
    expect(await tableExists("Half")).toBe(false);
    expect(await tableExists("After")).toBe(false);
  });

  it("commits a migration only with its record: one whose record cannot be written leaves nothing", async () => {
    await migrate();
    // Stands in for a crash between the two: the migration itself succeeds.
    addMigration(
      "29990101000000_unrecorded",
      `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);
ALTER TABLE "_prisma_migrations" ADD CONSTRAINT "no_more" CHECK (false) NOT VALID;`,
    );
    await expect(migrate()).rejects.toThrow(
      /^Migration 29990101000000_unrecorded failed; nothing of it was applied: .*violates check constraint "no_more"/,
    );
    expect(await tableExists("Note")).toBe(false);
    expect(await recordedNames()).toEqual(committed);
  });

  it("refuses to start when a migration is recorded as started but never finished", async () => {
    await migrate();
    const name = committed[0] ?? "";
    await schema.client.query(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [name]);
    await expect(migrate()).rejects.toThrow(`Migration ${name} failed earlier`);
  });
});

describe("rows written under an earlier migration", () => {
  // Rows in every table the first migration creates, dependents included.
  const FIRST_ROWS = `INSERT INTO "User" ("id", "email", "name", "passwordHash", "color") VALUES
  ('u1', 'organizer@example.org', 'مریم', 'hash-1', '#aa3355'),
  ('u2', 'notetaker@example.org', 'Reza', 'hash-2', '#3355aa');
INSERT INTO "Series" ("id", "title") VALUES ('s1', 'Monthly dialogue');
INSERT INTO "Meeting" ("id", "seriesId", "title", "startsAt", "place") VALUES ('m1', 's1', 'Session 1', '2026-11-20 10:00:00', 'Qom');
INSERT INTO "Guest" ("id", "meetingId", "position", "name") VALUES ('g1', 'm1', 0, 'A guest');
INSERT INTO "AgendaTopic" ("id", "meetingId", "position", "title") VALUES ('t1', 'm1', 0, 'First topic'), ('t2', 'm1', 1, 'Second topic');
INSERT INTO "Membership" ("id", "meetingId", "userId", "role") VALUES ('ms1', 'm1', 'u1', 'organizer'), ('ms2', 'm1', 'u2', 'note-taker');
INSERT INTO "CollabDocument" ("name", "snapshot", "updatedAt") VALUES ('meeting:m1', decode('0102', 'hex'), '2026-11-20 10:05:00');
INSERT INTO "CollabUpdate" ("docName", "data") VALUES ('meeting:m1', decode('03', 'hex')), ('meeting:m1', decode('0405', 'hex'));`;

  it("are all kept, every value, by the migrations after it", async () => {
    const [first = "", ...later] = committed;
    expect(later.length).toBeGreaterThan(0);
    for (const name of later) rmSync(path.join(migrations, name), { recursive: true });
    expect(await migrate()).toEqual([first]);
    await schema.client.query(FIRST_ROWS);
    const before = await everyRow();
    expect([...before].filter(([, tableRows]) => tableRows.length === 0).map(([table]) => table)).toEqual([]);

    cpSync(MIGRATIONS, migrations, { recursive: true });
    expect(await migrate()).toEqual(later);
    for (const [table, tableRows] of before) {
      const columns = Object.keys(tableRows[0] ?? {}).map((column) => `"${column}"`);
      expect(await query(`SELECT ${columns.join(", ")} FROM "${table}" ORDER BY 1`), table).toEqual(tableRows);
    }
    // The columns added since hold their defaults.
    expect(await query(`SELECT "id", "isAdmin", "sessionVersion", "deactivatedAt" FROM "User" ORDER BY "id"`)).toEqual([
      { id: "u1", isAdmin: false, sessionVersion: 0, deactivatedAt: null },
      { id: "u2", isAdmin: false, sessionVersion: 0, deactivatedAt: null },
    ]);
    expect(await query(`SELECT "minutesStatus", "viewersSeeComments" FROM "Meeting"`)).toEqual([
      { minutesStatus: "open", viewersSeeComments: true },
    ]);
    // That meeting keeps its setting; a meeting made now hides its comments from viewers.
    await query(`INSERT INTO "Meeting" ("id", "title", "startsAt") VALUES ('m2', 'Session 2', '2026-12-20 10:00:00')`);
    expect(await query(`SELECT "viewersSeeComments" FROM "Meeting" WHERE "id" = 'm2'`)).toEqual([{ viewersSeeComments: false }]);
    expect(await query(`SELECT "authorId" FROM "CollabUpdate"`)).toEqual([{ authorId: null }, { authorId: null }]);
  });
});

describe("a table rebuild (create the new table, copy, drop the old with its constraints, rename, re-add them)", () => {
  const PARENT_AND_CHILDREN = `CREATE TABLE "Box" ("id" TEXT NOT NULL, "label" TEXT NOT NULL, CONSTRAINT "Box_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Item" ("id" TEXT NOT NULL, "boxId" TEXT NOT NULL, CONSTRAINT "Item_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Item" ADD CONSTRAINT "Item_boxId_fkey" FOREIGN KEY ("boxId") REFERENCES "Box"("id") ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO "Box" VALUES ('b1', 'first'), ('b2', 'second');
INSERT INTO "Item" VALUES ('i1', 'b1'), ('i2', 'b2');`;

  /** Rebuilds "Box" from those of its rows that `where` keeps, with a new column. */
  const rebuildBox = (where: string): string => `CREATE TABLE "new_Box" ("id" TEXT NOT NULL, "label" TEXT NOT NULL, "colour" TEXT NOT NULL DEFAULT 'grey');
INSERT INTO "new_Box" ("id", "label") SELECT "id", "label" FROM "Box" WHERE ${where};
DROP TABLE "Box" CASCADE;
ALTER TABLE "new_Box" RENAME TO "Box";
ALTER TABLE "Box" ADD CONSTRAINT "Box_pkey" PRIMARY KEY ("id");
ALTER TABLE "Item" ADD CONSTRAINT "Item_boxId_fkey" FOREIGN KEY ("boxId") REFERENCES "Box"("id") ON DELETE CASCADE ON UPDATE CASCADE;`;

  const itemForeignKeys = (): Promise<Array<{ conname: string; condeferrable: boolean }>> =>
    query(`SELECT conname, condeferrable FROM pg_constraint WHERE conrelid = '"Item"'::regclass AND contype = 'f'`);

  /** Nothing of a refused migration: the boxes, their items and the items' foreign key as they were. */
  async function expectBoxesUntouched(): Promise<void> {
    expect(await recordedNames()).toEqual([...committed, "29990101000000_boxes"]);
    expect(await query(`SELECT * FROM "Box" ORDER BY "id"`)).toEqual([
      { id: "b1", label: "first" },
      { id: "b2", label: "second" },
    ]);
    expect(await query(`SELECT * FROM "Item" ORDER BY "id"`)).toEqual([
      { id: "i1", boxId: "b1" },
      { id: "i2", boxId: "b2" },
    ]);
    expect(await itemForeignKeys()).toEqual([{ conname: "Item_boxId_fkey", condeferrable: false }]);
    expect(await tableExists("new_Box")).toBe(false);
  }

  beforeEach(async () => {
    addMigration("29990101000000_boxes", PARENT_AND_CHILDREN);
    await migrate();
  });

  it("keeps every dependent row (Item rows of a rebuilt Box), and the rebuilt table still cascades", async () => {
    addMigration("29990102000000_box_colour", rebuildBox("true"));
    expect(await migrate()).toEqual(["29990102000000_box_colour"]);
    expect(await query(`SELECT "id", "boxId" FROM "Item" ORDER BY "id"`)).toEqual([
      { id: "i1", boxId: "b1" },
      { id: "i2", boxId: "b2" },
    ]);
    expect(await query(`SELECT "id", "colour" FROM "Box" ORDER BY "id"`)).toEqual([
      { id: "b1", colour: "grey" },
      { id: "b2", colour: "grey" },
    ]);
    // The children's foreign key holds against the rebuilt table.
    await expect(schema.client.query(`INSERT INTO "Item" VALUES ('i3', 'nowhere')`)).rejects.toThrow(
      /violates foreign key constraint "Item_boxId_fkey"/,
    );
    await schema.client.query(`DELETE FROM "Box" WHERE "id" = 'b1'`);
    expect(await query(`SELECT "id" FROM "Item"`)).toEqual([{ id: "i2" }]);
  });

  it("rolls back whole a rebuild that leaves a foreign-key violation, naming it and the table", async () => {
    addMigration("29990102000000_lose_a_box", rebuildBox(`"id" = 'b1'`));
    await expect(migrate()).rejects.toThrow(
      /^Migration 29990102000000_lose_a_box failed; nothing of it was applied: .*table "Item" violates foreign key constraint "Item_boxId_fkey" \(Key \(boxId\)=\(b2\) is not present in table "Box"\.\)/,
    );
    await expectBoxesUntouched();
  });

  it("rolls back whole a migration whose violation shows only at commit (a deferred constraint)", async () => {
    addMigration(
      "29990102000000_orphan_an_item",
      `ALTER TABLE "Item" ALTER CONSTRAINT "Item_boxId_fkey" DEFERRABLE INITIALLY DEFERRED;
UPDATE "Item" SET "boxId" = 'gone' WHERE "id" = 'i2';`,
    );
    await expect(migrate()).rejects.toThrow(
      /^Migration 29990102000000_orphan_an_item failed; nothing of it was applied: .*table "Item" violates foreign key constraint "Item_boxId_fkey"/,
    );
    await expectBoxesUntouched();
  });
});
