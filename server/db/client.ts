// Opens the database named by DATABASE_URL through Prisma's driver adapter.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { writeLockFirst } from "./write-lock-first";

export type Db = InstanceType<typeof PrismaClient>;

/** The SQLite file each client opened by openDb works on. */
const files = new WeakMap<Db, string>();

export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

export function openDb(databaseUrl: string): Db {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(
      "DATABASE_URL: PostgreSQL is not supported by this build yet; use a file: URL (SQLite).",
    );
  }
  const file = sqlitePath(databaseUrl);
  const adapter = writeLockFirst(new PrismaBetterSqlite3({ url: file, timeout: 10_000 }));
  const db = new PrismaClient({ adapter });
  files.set(db, file);
  return db;
}

/** The SQLite file `db` works on, for code that opens its own connection to it
 * (the collaboration server's update log); throws for a client not opened by openDb. */
export function sqliteFileOf(db: Db): string {
  const file = files.get(db);
  if (file === undefined) throw new Error("this database client was not opened by openDb");
  return file;
}
