// Opens the database named by DATABASE_URL through Prisma's driver adapter.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";

export type Db = InstanceType<typeof PrismaClient>;

export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

export function openDb(databaseUrl: string): Db {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(
      "DATABASE_URL: PostgreSQL is not supported by this build yet; use a file: URL (SQLite).",
    );
  }
  const adapter = new PrismaBetterSqlite3({ url: sqlitePath(databaseUrl), timeout: 10_000 });
  return new PrismaClient({ adapter });
}
