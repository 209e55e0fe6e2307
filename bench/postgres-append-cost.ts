// What one commit of Kateb's update log costs on PostgreSQL, the step every
// accepted update waits for before it is broadcast (and before a cluster's
// other nodes hear of it): PrismaUpdateLog.append, what a node on PostgreSQL
// runs, against a prepared pg INSERT of the same row, on a fresh schema of the
// test server (KATEB_TEST_POSTGRES_URL). CPU is the whole process's (Prisma's
// query compiler runs in it). Companion of append-cost.ts (SQLite).
//   tsx bench/postgres-append-cost.ts [commits]
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaUpdateLog } from "@/server/collab/storage/prisma-update-log";
import { splitSchema } from "@/server/db/postgres-url";
import { createPostgresTestDb } from "@/tests/helpers/test-db";
import { SampleBuffer, summarizeLatencies } from "./metrics";

const DOC = "meeting:append-cost";
const commits = Number(process.argv[2] ?? "300");
const update = new Uint8Array(40).fill(7);

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
    `${label}: wall p50 ${wall.p50.toFixed(2)} ms, p99 ${wall.p99.toFixed(2)} ms · CPU ${((cpu.user + cpu.system) / commits / 1000).toFixed(3)} ms per commit\n`,
  );
}

const testDb = await createPostgresTestDb();
try {
  const log = new PrismaUpdateLog(testDb.db);
  await log.createIfMissing(DOC, new Uint8Array([0, 0]));
  await time("PrismaUpdateLog.append, one update", () => log.append([{ docName: DOC, update, authorId: null, claims: [] }]));
  const { connectionString, schema } = splitSchema(testDb.url);
  const client = new pg.Client({ connectionString, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const insert = { name: "append", text: `INSERT INTO "CollabUpdate" ("docName", "data") VALUES ($1, $2)`, values: [DOC, Buffer.from(update)] };
    await time("pg INSERT, prepared, one update", () => client.query(insert));
  } finally {
    await client.end();
  }
} finally {
  await testDb.cleanup();
}
