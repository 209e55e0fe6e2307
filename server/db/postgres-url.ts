// A PostgreSQL DATABASE_URL in Prisma's form: postgres:// or postgresql://,
// with Prisma's own `?schema=` (default `public`), which pg does not know.
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The URL pg connects with, and the schema Kateb's tables live in. */
export function splitSchema(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") || "public";
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** The same, with libpq's `options` (settings sent at connection) also taken
 * out, "" when there are none: pg lets the URL's replace any given beside it. */
function splitOptions(url: string): { connectionString: string; schema: string; options: string } {
  const parsed = new URL(url);
  const options = parsed.searchParams.get("options") ?? "";
  parsed.searchParams.delete("options");
  return { ...splitSchema(parsed.toString()), options };
}

/** Settings of every connection, as libpq's `options` carries them, after any
 * the URL gives (the last of a setting wins): the schema of `?schema=` first
 * on the search path, so that raw SQL (stored-document.ts, the update log's
 * own statements) finds the tables Prisma's own queries name with it; and
 * synchronous commit, whatever the server's default, so that a commit is on
 * disk when it returns (the collaboration server tells peers of an update only
 * then). */
function connectionOptions(schema: string, given: string): string {
  // In `options`, a backslash escapes the next character (a space would end the value).
  const searchPath = `"${schema.replaceAll('"', '""')}"`.replace(/[\\\s]/g, "\\$&");
  return [given, `-c search_path=${searchPath}`, "-c synchronous_commit=on"].filter(Boolean).join(" ");
}

/** How every pg connection to DATABASE_URL is made (Prisma's and the update
 * log's alike): the URL pg connects with, its `options` (connectionOptions),
 * and the schema. */
export function pgConnection(url: string): { connectionString: string; schema: string; options: string } {
  const { connectionString, schema, options } = splitOptions(url);
  return { connectionString, schema, options: connectionOptions(schema, options) };
}
