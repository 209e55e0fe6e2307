// What every connection of a PostgreSQL client is set to, whatever the URL or
// the server's defaults say: the schema of `?schema=` first on the search path
// (raw SQL finds the tables there), and synchronous commit (a commit is on disk
// when it returns: the collaboration server tells peers of an update only
// then). Settings the URL gives in libpq's `options` are kept beside them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSchema, type TestSchema } from "@/tests/helpers/postgres-schema";
import { openDb, type Db } from "./client";

let schema: TestSchema;
let db: Db;

beforeAll(async () => {
  schema = await createTestSchema();
  const url = new URL(schema.url);
  url.searchParams.set("options", "-c synchronous_commit=off -c statement_timeout=4321");
  db = openDb(url.toString());
});
afterAll(async () => {
  await db.$disconnect();
  await schema.drop();
});

async function setting(name: "search_path" | "synchronous_commit" | "statement_timeout"): Promise<string> {
  const rows = await db.$queryRawUnsafe<Array<{ value: string }>>(`SELECT current_setting('${name}') AS "value"`);
  return rows[0]?.value ?? "";
}

describe("a PostgreSQL client's connections", () => {
  it("search the URL's schema and commit synchronously, keeping the URL's other options", async () => {
    expect(await setting("search_path")).toBe(`"${schema.name}"`);
    expect(await setting("synchronous_commit")).toBe("on");
    expect(await setting("statement_timeout")).toBe("4321ms");
  });
});
