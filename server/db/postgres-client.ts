// Opens a PostgreSQL DATABASE_URL through Prisma's pg adapter, as the SQLite
// client is opened in client.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/postgres/client";
import type { Db } from "./client";
import { splitSchema } from "./postgres-url";

/** Settings of every connection, as libpq's `options` carries them: the
 * schema of `?schema=` first on the search path, so that raw SQL
 * (stored-document.ts) finds the tables Prisma's own queries name with it. */
function connectionOptions(schema: string): string {
  const searchPath = `"${schema.replaceAll('"', '""')}"`;
  // In `options`, a backslash escapes the next character (a space would end the value).
  return `-c search_path=${searchPath.replace(/[\\\s]/g, "\\$&")}`;
}

export function openPostgres(databaseUrl: string): Db {
  const { connectionString, schema } = splitSchema(databaseUrl);
  const adapter = new PrismaPg({ connectionString, options: connectionOptions(schema) }, { schema });
  const client = new PrismaClient({ adapter });
  // The PostgreSQL client's types differ from the SQLite client's only in
  // provider-specific extras deep in the select and filter types, which Kateb
  // does not use: the two are generated from the same models (prisma/postgres/
  // schema.prisma, kept in step with prisma/schema.prisma by
  // prisma/schemas-in-step.test.ts) and Kateb sends both the same queries. The
  // domain's tests run on both engines (vitest.config.ts, project "postgres")
  // to show it. So the rest of the code knows one type, Db; this is the one
  // place the PostgreSQL client is taken for it.
  return client as Db;
}
