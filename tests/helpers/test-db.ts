// A real, migrated database for one test file, on the engine the test run
// names: KATEB_TEST_DB=postgres (the vitest project "postgres") gives a fresh
// schema on the test PostgreSQL server (postgres-schema.ts), dropped with
// everything in it afterwards; otherwise a SQLite file in a temporary folder.
// Tests about SQLite itself (its file, its locks, the update log on it) take
// createSqliteTestDb().
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/server/db/client";
import { migrateSqlite } from "@/server/db/migrate";
import { migratePostgres } from "@/server/db/migrate-postgres";
import { createTestSchema } from "./postgres-schema";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export type TestEngine = "sqlite" | "postgres";

/** The engine of this test run. */
export const TEST_ENGINE: TestEngine = process.env.KATEB_TEST_DB === "postgres" ? "postgres" : "sqlite";

export interface TestDb {
  engine: TestEngine;
  db: Db;
  /** The DATABASE_URL that opens it. */
  url: string;
  cleanup: () => Promise<void>;
}

export interface SqliteTestDb extends TestDb {
  engine: "sqlite";
  dir: string;
  file: string;
}

/** A migrated database on the run's engine. */
export async function createTestDb(): Promise<TestDb> {
  return TEST_ENGINE === "postgres" ? createPostgresTestDb() : createSqliteTestDb();
}

export function createSqliteTestDb(): SqliteTestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "kateb-test-"));
  const file = path.join(dir, "kateb.db");
  migrateSqlite(file, path.join(ROOT, "prisma", "migrations"));
  const url = `file:${file}`;
  const db = openDb(url);
  return {
    engine: "sqlite",
    db,
    dir,
    file,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated, empty schema of its own on the test PostgreSQL server. */
export async function createPostgresTestDb(): Promise<TestDb> {
  const schema = await createTestSchema();
  try {
    await migratePostgres(schema.url, path.join(ROOT, "prisma", "postgres", "migrations"));
  } catch (error) {
    await schema.drop();
    throw error;
  }
  const db = openDb(schema.url);
  return {
    engine: "postgres",
    db,
    url: schema.url,
    cleanup: async () => {
      await db.$disconnect();
      await schema.drop();
    },
  };
}
