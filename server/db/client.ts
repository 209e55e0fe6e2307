// Opens the database named by DATABASE_URL through Prisma's driver adapter:
// a file: URL is SQLite, a postgres:// one PostgreSQL (postgres-client.ts).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { openPostgres } from "./postgres-client";
import { isPostgresUrl } from "./postgres-url";
import { writeLockFirst } from "./write-lock-first";

export type Db = InstanceType<typeof PrismaClient>;

/** What a client opened by openDb connects to: a SQLite file, or a PostgreSQL DATABASE_URL. */
export type DbLocation = { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };

const locations = new WeakMap<Db, DbLocation>();

export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

export function openDb(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    const db = openPostgres(databaseUrl);
    locations.set(db, { engine: "postgres", url: databaseUrl });
    return db;
  }
  if (!databaseUrl.startsWith("file:")) {
    throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL).");
  }
  const file = sqlitePath(databaseUrl);
  const adapter = writeLockFirst(new PrismaBetterSqlite3({ url: file, timeout: 10_000 }));
  const db = new PrismaClient({ adapter });
  locations.set(db, { engine: "sqlite", file });
  return db;
}

/** What `db` connects to, for code that opens its own connections to it (the
 * collaboration server's update log); throws for a client not opened by openDb. */
export function dbLocationOf(db: Db): DbLocation {
  const location = locations.get(db);
  if (location === undefined) throw new Error("this database client was not opened by openDb");
  return location;
}

/** The engine `db` is on. Read from the client itself (Prisma's provider of
 * its schema), not from what openDb noted: the Next.js bundle has its own copy
 * of this module, which never saw the client main.ts opened. */
export function engineOf(db: Db): "sqlite" | "postgres" {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}
