// Applies the committed SQL migrations (prisma/migrations, Prisma's folder
// format) at start-up, recording them in Prisma's own _prisma_migrations table
// so that `prisma migrate deploy` sees the same history on real deployments.
// As Prisma does, foreign keys are off while migrations run: inside a
// transaction SQLite ignores a migration's own `PRAGMA foreign_keys=OFF`, and a
// table rebuild (DROP TABLE, then RENAME the copy) would cascade-delete every
// dependent row. `PRAGMA foreign_key_check` stands in for them before commit.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { pendingMigrations, readMigrations, type Migration, type RecordedMigration } from "./migrations-folder";

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface ForeignKeyViolation {
  table: string;
  parent: string;
}

function checkForeignKeys(db: Database.Database, migration: Migration): void {
  const violations = db.prepare("PRAGMA foreign_key_check").all() as ForeignKeyViolation[];
  const first = violations[0];
  if (first !== undefined) {
    throw new Error(
      `Migration ${migration.name} leaves rows in "${first.table}" whose foreign key points nowhere ` +
        `(into "${first.parent}"; ${violations.length} in all); nothing of it was applied.`,
    );
  }
}

/** Applies every migration not yet recorded; returns the names applied. */
export function migrateSqlite(file: string, migrationsDir: string): string[] {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    // Only outside a transaction does this take effect.
    db.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    // IMMEDIATE: two processes starting together apply each migration once.
    const run = db.transaction(() => {
      db.exec(CREATE_TABLE);
      const recorded = db
        .prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
        .all() as RecordedMigration[];
      for (const migration of pendingMigrations(readMigrations(migrationsDir), recorded)) {
        const started = Date.now();
        db.exec(migration.sql);
        checkForeignKeys(db, migration);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, ?, 1)`,
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, started);
        applied.push(migration.name);
      }
    });
    run.immediate();
    db.pragma("foreign_keys = ON");
    return applied;
  } finally {
    db.close();
  }
}
