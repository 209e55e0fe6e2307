// Applies the committed PostgreSQL migrations (prisma/postgres/migrations) as
// migrate.ts applies SQLite's, recording them in Prisma's own _prisma_migrations
// table (the columns `prisma migrate deploy` creates), so either can take over
// from the other. PostgreSQL's DDL is transactional: each migration commits
// together with its record or not at all, and foreign keys stay on throughout,
// so a table rebuild that re-adds a constraint its rows break fails and leaves
// nothing behind. Prisma's advisory lock keeps two processes (or this and the
// Prisma CLI) from applying a migration twice.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { pendingMigrations, readMigrations, type Migration, type RecordedMigration } from "./migrations-folder";
import { splitSchema } from "./postgres-url";

/** The advisory lock key Prisma Migrate takes on PostgreSQL. */
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

function errorText(error: unknown): string {
  if (error instanceof pg.DatabaseError && error.detail) return `${error.message} (${error.detail})`;
  return error instanceof Error ? error.message : String(error);
}

async function apply(client: pg.Client, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    // No parameters: the simple protocol, which runs a file of several statements.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    // The original error is the one worth reporting; a failed ROLLBACK means the connection is gone.
    await client.query("ROLLBACK").catch(() => undefined);
    throw new Error(`Migration ${migration.name} failed; nothing of it was applied: ${errorText(error)}`, { cause: error });
  }
}

/** Applies every migration not yet recorded, each in its own transaction; returns the names applied. */
export async function migratePostgres(url: string, migrationsDir: string): Promise<string[]> {
  const { connectionString, schema } = splitSchema(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Held by this session until it ends.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
    await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<RecordedMigration>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied: string[] = [];
    for (const migration of pendingMigrations(readMigrations(migrationsDir), rows)) {
      await apply(client, migration);
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.end();
  }
}
