// What one commit of Kateb's update log costs, the step every accepted update
// waits for before it is broadcast: the log the server runs on
// (SqliteUpdateLog: a prepared better-sqlite3 INSERT into the journal table in
// an IMMEDIATE transaction, then the WAL synced on libuv's thread pool) against the same row through Prisma (createMany
// over the better-sqlite3 adapter), on the same kind of database file.
//   tsx bench/append-cost.ts [commits]
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { SqliteUpdateLog } from "../server/collab/storage/sqlite-update-log";
import { openDb } from "../server/db/client";
import { migrateSqlite } from "../server/db/migrate";
import { SampleBuffer, summarizeLatencies } from "./metrics";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const commits = Number(process.argv[2] ?? "2000");
const update = new Uint8Array(40).fill(7);
const DOC = "meeting:append-cost";

interface Cost {
  cpuUsPerCommit: number;
  latencyUs: ReturnType<typeof summarizeLatencies>;
}

/** Runs `commit` `commits` times in a row, each awaited, after a warm-up. */
async function measure(commit: () => Promise<void>): Promise<Cost> {
  for (let index = 0; index < 200; index += 1) await commit();
  const latencies = new SampleBuffer();
  const cpu = process.cpuUsage();
  for (let index = 0; index < commits; index += 1) {
    const started = performance.now();
    await commit();
    latencies.push((performance.now() - started) * 1000);
  }
  const used = process.cpuUsage(cpu);
  return { cpuUsPerCommit: (used.user + used.system) / commits, latencyUs: summarizeLatencies(latencies.values()) };
}

function freshDatabase(dir: string, name: string): string {
  const file = path.join(dir, name);
  migrateSqlite(file, path.join(ROOT, "prisma", "migrations"));
  const db = new Database(file);
  db.prepare(`INSERT INTO "CollabDocument" ("name", "snapshot", "updatedAt") VALUES (?, ?, ?)`).run(DOC, Buffer.alloc(0), Date.now());
  db.close();
  return file;
}

const dir = mkdtempSync(path.join(tmpdir(), "append-cost-"));
try {
  const prismaFile = freshDatabase(dir, "prisma.db");
  const db = openDb(`file:${prismaFile}`);
  const viaPrisma = await measure(async () => {
    await db.collabUpdate.createMany({ data: [{ docName: DOC, data: Uint8Array.from(update), authorId: null }] });
  });
  await db.$disconnect();

  const rawFile = freshDatabase(dir, "raw.db");
  const sqliteLog = new SqliteUpdateLog(rawFile);
  const viaStatement = await measure(() => sqliteLog.append([{ docName: DOC, update, authorId: null, claims: [] }]));
  await sqliteLog.close();

  const line = (label: string, cost: Cost): string =>
    `${label.padEnd(44)} CPU ${cost.cpuUsPerCommit.toFixed(0).padStart(5)} µs/commit · latency p50 ${cost.latencyUs.p50.toFixed(0)} µs, p99 ${cost.latencyUs.p99.toFixed(0)} µs\n`;
  process.stdout.write(`${commits} commits of one ${update.length}-byte update each:\n`);
  process.stdout.write(line("Prisma createMany", viaPrisma));
  process.stdout.write(line("SqliteUpdateLog.append (prepared INSERT)", viaStatement));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
