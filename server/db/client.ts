// Opens the database named by DATABASE_URL through Prisma's driver adapter:
// a file: URL is SQLite, a postgres:// one PostgreSQL (postgres-client.ts).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { openPostgres } from "./postgres-client";
import { isPostgresUrl } from "./postgres-url";
import { writeLockFirst } from "./write-lock-first";

export type Db = InstanceType<typeof PrismaClient>;

/** The SQLite file each SQLite client opened by openDb works on; null for PostgreSQL. */
const files = new WeakMap<Db, string | null>();

export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

export function openDb(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    const db = openPostgres(databaseUrl);
    files.set(db, null);
    return db;
  }
  if (!databaseUrl.startsWith("file:")) {
    throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL).");
  }
  const file = sqlitePath(databaseUrl);
  const adapter = writeLockFirst(new PrismaBetterSqlite3({ url: file, timeout: 10_000 }));
  const db = new PrismaClient({ adapter });
  files.set(db, file);
  return db;
}

/** The SQLite file `db` works on, for code that opens its own connection to it
 * (the collaboration server's update log); null when `db` is on PostgreSQL;
 * throws for a client not opened by openDb. */
export function sqliteFileOf(db: Db): string | null {
  const file = files.get(db);
  if (file === undefined) throw new Error("this database client was not opened by openDb");
  return file;
}

/** The engine `db` is on. Read from the client itself (Prisma's provider of
 * its schema), not from what openDb noted: the Next.js bundle has its own copy
 * of this module, which never saw the client main.ts opened. */
export function engineOf(db: Db): "sqlite" | "postgres" {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}
