// A fresh schema with a random name on the test PostgreSQL server
// (KATEB_TEST_POSTGRES_URL; .ci/run starts one), for one test or test file
// (test-db.ts makes one per file on PostgreSQL runs): its URL in
// Prisma's form (?schema=), a client whose search_path is that schema, and
// drop() to remove it with everything in it.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const TEST_POSTGRES_URL = process.env.KATEB_TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/test";

export interface TestSchema {
  name: string;
  url: string;
  client: pg.Client;
  drop: () => Promise<void>;
}

export async function createTestSchema(): Promise<TestSchema> {
  const name = `kateb_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${name}` });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${TEST_POSTGRES_URL} is not reachable (set KATEB_TEST_POSTGRES_URL, or start it as .ci/run does)`,
      { cause: error },
    );
  }
  await client.query(`CREATE SCHEMA ${client.escapeIdentifier(name)}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set("schema", name);
  return {
    name,
    url: url.toString(),
    client,
    drop: async () => {
      try {
        await client.query(`DROP SCHEMA ${client.escapeIdentifier(name)} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
