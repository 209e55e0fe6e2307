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
export function splitOptions(url: string): { connectionString: string; schema: string; options: string } {
  const parsed = new URL(url);
  const options = parsed.searchParams.get("options") ?? "";
  parsed.searchParams.delete("options");
  return { ...splitSchema(parsed.toString()), options };
}
