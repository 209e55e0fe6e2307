// The committed migrations (Prisma's folder format: <name>/migration.sql,
// applied in name order), and which of them a database still needs given what
// it recorded in Prisma's _prisma_migrations table. Both runners (SQLite:
// migrate.ts, PostgreSQL: migrate-postgres.ts) take their plan from here, so
// they refuse the same histories with the same words.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, hex: what Prisma records as the checksum. */
  checksum: string;
}

/** A row of `_prisma_migrations` that was not rolled back. */
export interface RecordedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | number | string | null;
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The migrations not yet recorded, in order; throws, before anything is applied,
 * when a recorded one never finished or was changed after it was applied. */
export function pendingMigrations(migrations: Migration[], recorded: RecordedMigration[]): Migration[] {
  const done = new Map(recorded.map((row) => [row.migration_name, row]));
  const pending: Migration[] = [];
  for (const migration of migrations) {
    const row = done.get(migration.name);
    if (row === undefined) {
      pending.push(migration);
      continue;
    }
    if (row.finished_at === null) {
      throw new Error(`Migration ${migration.name} failed earlier; resolve it before starting.`);
    }
    if (row.checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied.`);
    }
  }
  return pending;
}
