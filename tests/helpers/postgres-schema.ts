// A fresh schema with a random name on the test PostgreSQL server
// (KATEB_TEST_POSTGRES_URL; .ci/run starts one), for one test or test file
// (test-db.ts makes one per file on PostgreSQL runs): its URL in
// Prisma's form (?schema=), a client whose search_path is that schema, and
// drop() to remove it with everything in it. A schema's name carries when it
// was made: one left by a killed worker is dropped by a later run once it is
// older than any run could be.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const TEST_POSTGRES_URL = process.env.KATEB_TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/test";

export interface TestSchema {
  name: string;
  url: string;
  client: pg.Client;
  drop: () => Promise<void>;
}

/** Older than any test run: what a killed worker left behind. */
const STALE_AFTER_S = 6 * 60 * 60;
const NAMED = /^kateb_test_(\d+)_[0-9a-f]+$/;
let swept = false;

/** Drops the test schemas made more than STALE_AFTER_S ago (once per process). */
async function sweepStaleSchemas(client: pg.Client): Promise<void> {
  if (swept) return;
  swept = true;
  const now = Math.floor(Date.now() / 1000);
  const { rows } = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kateb\\_test\\_%'");
  for (const { nspname } of rows) {
    const madeAt = Number(NAMED.exec(nspname)?.[1] ?? now);
    if (now - madeAt > STALE_AFTER_S) await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(nspname)} CASCADE`);
  }
}

export async function createTestSchema(): Promise<TestSchema> {
  const name = `kateb_test_${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${name}` });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${TEST_POSTGRES_URL} is not reachable (set KATEB_TEST_POSTGRES_URL, or start it as .ci/run does)`,
      { cause: error },
    );
  }
  await sweepStaleSchemas(client);
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
