// The SQLite and PostgreSQL schemas hold the same models, and the committed
// migrations of both create exactly the tables and columns those models need.
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Prisma } from "../server/db/generated/sqlite/client";
import { migrateSqlite } from "../server/db/migrate";
import { readMigrations } from "../server/db/migrations-folder";
import { modelColumns, SEARCH_TABLES } from "../tests/helpers/model-columns";

const PRISMA = import.meta.dirname;

/** A schema without what legitimately differs: comments, generator output, provider. */
function models(file: string): string {
  return readFileSync(path.join(PRISMA, file), "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|output\s*=|provider\s*=)/.test(line))
    .join("\n");
}

const expectedColumns = (): Map<string, string[]> => modelColumns(Prisma);

/** Tables and columns created by PostgreSQL migrations (CREATE TABLE, ADD COLUMN). */
function postgresColumns(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const migration of readMigrations(path.join(PRISMA, "postgres", "migrations"))) {
    for (const [, table = "", body = ""] of migration.sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g)) {
      const columns = [...body.matchAll(/^\s+"(\w+)" /gm)].map((match) => match[1] ?? "");
      out.set(table, columns);
    }
    for (const [, table = "", column = ""] of migration.sql.matchAll(/ALTER TABLE "(\w+)" ADD COLUMN "(\w+)"/g)) {
      out.set(table, [...(out.get(table) ?? []), column]);
    }
  }
  for (const table of SEARCH_TABLES) out.delete(table);
  for (const [table, columns] of out) out.set(table, columns.sort());
  return out;
}

describe("the database schemas", () => {
  it("hold the same models for SQLite and PostgreSQL", () => {
    expect(models("postgres/schema.prisma")).toBe(models("schema.prisma"));
  });

  it("are what the SQLite migrations create", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kateb-schema-"));
    try {
      const file = path.join(dir, "kateb.db");
      migrateSqlite(file, path.join(PRISMA, "migrations"));
      const db = new Database(file, { readonly: true });
      const tables = new Map<string, string[]>();
      for (const model of expectedColumns().keys()) {
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(model) as Array<{ name: string }>;
        tables.set(model, columns.map((column) => column.name).sort());
      }
      db.close();
      expect(tables).toEqual(expectedColumns());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are what the PostgreSQL migrations create", () => {
    expect(postgresColumns()).toEqual(expectedColumns());
  });

  it("have the same migrations for both databases", () => {
    const names = (dir: string): string[] => readMigrations(dir).map((migration) => migration.name);
    expect(names(path.join(PRISMA, "postgres", "migrations"))).toEqual(names(path.join(PRISMA, "migrations")));
  });
});
