// `tsx bench/search-profile.ts [--meetings N] [--rounds N]`: the search bench's
// SQLite corpus (search-bench.ts's seed, the real indexer) built once into a
// file in the system's temporary folder and reused by later runs (built, it
// takes a minute; reused, a few seconds; pending migrations are applied to it),
// then each typical query timed through searchEverything as the member of
// every meeting: the slowest by CPU time (the least of the rounds: on a shared
// machine the wall time also counts the waits for a core), and p50/p95 of
// both. For profiles: `node --cpu-prof --import tsx bench/search-profile.ts`.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openDb } from "@/server/db/client";
import { migrateSqlite } from "@/server/db/migrate";
import { reindexAll } from "@/server/domain/search/index-meeting";
import { searchEverything } from "@/server/domain/search/search-everything";
import { ROOT } from "@/tests/helpers/test-db";
import { seed } from "./search-bench";
import { corpus, typicalQueries } from "./search-corpus";

const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const { values } = parseArgs({ options: { meetings: { type: "string", default: "1000" }, rounds: { type: "string", default: "3" } } });
const meetings = Number(values.meetings);
const rounds = Number(values.rounds);

/** The corpus's file: built once (into a folder of its own, then moved in whole). */
async function corpusFile(): Promise<string> {
  const file = path.join(tmpdir(), `kateb-search-corpus-${meetings}.db`);
  if (existsSync(file)) {
    migrateSqlite(file, MIGRATIONS);
    return file;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "kateb-search-corpus-"));
  const building = path.join(dir, "kateb.db");
  migrateSqlite(building, MIGRATIONS);
  const db = openDb(`file:${building}`);
  await seed(db, corpus({ meetings, series: 20, words: 3000, seed: 1405 }), 20);
  await reindexAll(db);
  await db.$disconnect();
  copyFileSync(building, file);
  rmSync(dir, { recursive: true, force: true });
  return file;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

const file = await corpusFile();
const db = openDb(`file:${file}`);
try {
  const member = await db.user.findFirstOrThrow({ where: { email: "bench-member@kateb.local" } });
  const queries = typicalQueries(9);
  const cpu = queries.map(() => Infinity);
  const wall: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    for (const [index, q] of queries.entries()) {
      const started = performance.now();
      const before = process.cpuUsage();
      await searchEverything({ db, userId: member.id, query: { q, page: 1, sort: "relevance" } });
      const used = process.cpuUsage(before);
      if (round === 0) continue;
      wall.push(performance.now() - started);
      cpu[index] = Math.min(cpu[index] ?? Infinity, (used.user + used.system) / 1000);
    }
  }
  const slowest = queries.map((q, index) => ({ q, ms: cpu[index] ?? 0 })).sort((a, b) => b.ms - a.ms);
  for (const { q, ms } of slowest.slice(0, 10)) process.stdout.write(`${ms.toFixed(1).padStart(7)} ms CPU  ${q}\n`);
  const figures = (values: readonly number[]): string => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  process.stdout.write(`${file}: CPU per query (least of ${rounds} rounds) ${figures(cpu)}; wall, every round: ${figures(wall)}\n`);
} finally {
  await db.$disconnect();
}
