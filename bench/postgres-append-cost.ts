// What one commit of Kateb's update log costs on PostgreSQL, the step every
// accepted update waits for before it is broadcast (and before a cluster's
// other nodes hear of it): PgUpdateLog.append, what a node on PostgreSQL runs
// (one prepared statement on a pg pool of its own), against the same rows
// through Prisma's createMany (what the node ran before) and a bare prepared
// pg INSERT of one row (the floor), for one update and for a batch of 20 (what
// the writer commits at once under load), on a fresh schema of the test server
// (KATEB_TEST_POSTGRES_URL). CPU is the whole Node process's (Prisma's query
// compiler runs in it), not the PostgreSQL server's. Companion of
// append-cost.ts (SQLite).
//   tsx bench/postgres-append-cost.ts [commits]
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PgUpdateLog } from "@/server/collab/storage/pg-update-log";
import type { AppendItem } from "@/server/collab/storage/update-log";
import { pgConnection } from "@/server/db/postgres-url";
import { createPostgresTestDb } from "@/tests/helpers/test-db";
import { SampleBuffer, summarizeLatencies } from "./metrics";

const DOC = "meeting:append-cost";
const BATCH = 20;
const commits = Number(process.argv[2] ?? "300");
const update = new Uint8Array(40).fill(7);
const items = (count: number): AppendItem[] => Array.from({ length: count }, () => ({ docName: DOC, update, authorId: null, claims: [] }));

/** Times `commits` commits one after the other, after 30 to warm up. */
async function time(label: string, commit: () => Promise<unknown>): Promise<void> {
  for (let warm = 0; warm < 30; warm += 1) await commit();
  const samples = new SampleBuffer();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < commits; index += 1) {
    const started = performance.now();
    await commit();
    samples.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const wall = summarizeLatencies(samples.values());
  process.stdout.write(
    `${label.padEnd(40)} wall p50 ${wall.p50.toFixed(2)} ms, p99 ${wall.p99.toFixed(2)} ms · CPU ${((cpu.user + cpu.system) / commits / 1000).toFixed(3)} ms per commit\n`,
  );
}

const testDb = await createPostgresTestDb();
const log = new PgUpdateLog(testDb.url);
const { connectionString, options } = pgConnection(testDb.url);
const client = new pg.Client({ connectionString, options });
try {
  await log.createIfMissing(DOC, new Uint8Array([0, 0]));
  const viaPrisma = (count: number) => () =>
    testDb.db.collabUpdate.createMany({ data: items(count).map((item) => ({ docName: item.docName, data: Uint8Array.from(item.update), authorId: item.authorId })) });
  await time("Prisma createMany, one update", viaPrisma(1));
  await time("PgUpdateLog.append, one update", () => log.append(items(1)));
  await time(`Prisma createMany, ${BATCH} updates`, viaPrisma(BATCH));
  await time(`PgUpdateLog.append, ${BATCH} updates`, () => log.append(items(BATCH)));
  await client.connect();
  const insert = { name: "append", text: `INSERT INTO "CollabUpdate" ("docName", "data") VALUES ($1, $2)`, values: [DOC, Buffer.from(update)] };
  await time("pg INSERT, prepared, one update", () => client.query(insert));
} finally {
  await client.end();
  await log.close();
  await testDb.cleanup();
}
