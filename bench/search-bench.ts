// `npm run bench -- --search [--postgres] [--meetings N] [--words N]`: search at
// scale. A corpus of 1,000 meetings of 20 series, about 3,000 words of minutes
// each from the sample's vocabulary (search-corpus.ts), each meeting locked as
// version 1, is indexed by the real indexer on a fresh SQLite file (or a fresh
// PostgreSQL schema); then fifty typical queries are timed through the same
// function the API calls, for a member of every meeting, three rounds after a
// warm-up round; then a meeting of the same size is locked (the lock writes
// its version, routes its tracker items and re-indexes it inside one
// transaction) and timed; then a user who is a member of none searches and
// must find nothing. Writes its section of bench/RESULTS.md.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { meetingDocName } from "@/lib/collab-protocol";
import type { SearchQuery } from "@/lib/validation/search";
import type { Db } from "@/server/db/client";
import { lockMeeting } from "@/server/domain/minutes/lock-meeting";
import { storeInitialMinutes } from "@/server/domain/minutes/store-initial-minutes";
import { reindexAll } from "@/server/domain/search/index-meeting";
import { searchEverything } from "@/server/domain/search/search-everything";
import { versionContent } from "@/server/domain/versions/version-content";
import { createPostgresTestDb, createSqliteTestDb, type TestDb } from "@/tests/helpers/test-db";
import { capture } from "@/tests/helpers/tracker-minutes";
import { corpus, typicalQueries, type CorpusMeeting } from "./search-corpus";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(ROOT, "bench", "RESULTS.md");
const TARGETS = { queryP95Ms: 50, lockMs: 1_000 };
const ROUNDS = 3;

export interface SearchBenchOptions {
  engine: "sqlite" | "postgres";
  meetings: number;
  words: number;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (value: number): string => value.toFixed(1);

export async function seed(db: Db, meetings: readonly CorpusMeeting[], seriesCount: number): Promise<{ memberId: string; outsiderId: string }> {
  const member = await db.user.create({ data: { email: "bench-member@kateb.local", name: "عضو همهٔ جلسه‌ها", passwordHash: "", color: "#123c5a" } });
  const outsider = await db.user.create({ data: { email: "bench-outsider@kateb.local", name: "بیرونی", passwordHash: "", color: "#123c5a" } });
  const series = [];
  for (let index = 0; index < seriesCount; index += 1) {
    series.push(await db.series.create({ data: { title: `مجموعهٔ ${index + 1}`, organizers: { create: { userId: member.id } } } }));
  }
  for (const meeting of meetings) {
    const { content, sha256 } = versionContent(meeting.minutes);
    await db.meeting.create({
      data: {
        title: meeting.title,
        startsAt: meeting.startsAt,
        seriesId: series[meeting.series]?.id ?? null,
        minutesStatus: "locked",
        memberships: { create: { userId: member.id, role: "organizer" } },
        versions: { create: { number: 1, yjsState: new Uint8Array(), content, sha256, meetingDetails: "{}", lockedById: member.id } },
      },
    });
  }
  return { memberId: member.id, outsiderId: outsider.id };
}

async function timeQueries(db: Db, userId: string, queries: readonly string[]): Promise<{ times: number[]; hits: number }> {
  const query = (q: string): SearchQuery => ({ q, page: 1, sort: "relevance" });
  for (const q of queries) await searchEverything({ db, userId, query: query(q) });
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of queries) {
      const start = performance.now();
      const answer = await searchEverything({ db, userId, query: query(q) });
      times.push(performance.now() - start);
      if (round === 0 && answer.groups.length > 0) hits += 1;
    }
  }
  return { times: times.sort((a, b) => a - b), hits };
}

/** A meeting of the corpus's size, its minutes live, locked by its organizer: how long the lock took. */
async function timeLock(db: Db, userId: string, meeting: CorpusMeeting): Promise<number> {
  const created = await db.meeting.create({ data: { title: meeting.title, startsAt: meeting.startsAt, memberships: { create: { userId, role: "organizer" } } } });
  await storeInitialMinutes({ db, docName: meetingDocName(created.id) });
  const captured = capture(meeting.minutes);
  const start = performance.now();
  await lockMeeting({ db, meetingId: created.id, userId, captured });
  return performance.now() - start;
}

export async function runSearchBench(options: SearchBenchOptions): Promise<void> {
  const started = performance.now();
  const seriesCount = 20;
  const meetings = corpus({ meetings: options.meetings, series: seriesCount, words: options.words, seed: 1405 });
  const words = Math.round(meetings.reduce((sum, meeting) => sum + meeting.words, 0) / meetings.length);
  const testDb: TestDb = options.engine === "postgres" ? await createPostgresTestDb() : createSqliteTestDb();
  const { db } = testDb;
  try {
    const { memberId, outsiderId } = await seed(db, meetings, seriesCount);
    const indexStart = performance.now();
    await reindexAll(db);
    const indexMs = performance.now() - indexStart;
    const queries = typicalQueries(9);
    const { times, hits } = await timeQueries(db, memberId, queries);
    const lockMs = await timeLock(db, memberId, corpus({ meetings: 1, series: 1, words: options.words, seed: 77 })[0] as CorpusMeeting);
    const outsider = await Promise.all(queries.slice(0, 10).map((q) => searchEverything({ db, userId: outsiderId, query: { q, page: 1, sort: "relevance" } })));
    const outsiderFound = outsider.reduce((sum, answer) => sum + answer.groups.reduce((total, group) => total + group.total, 0), 0);
    const figures = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? 0,
      indexMs,
      lockMs,
      hits,
      outsiderFound,
      words,
      minutes: (performance.now() - started) / 60_000,
    };
    const section = render(options, figures, queries.length);
    process.stdout.write(`${section}\n`);
    writeSection(options.engine, section);
    if (figures.p95 >= TARGETS.queryP95Ms || figures.lockMs >= TARGETS.lockMs || outsiderFound > 0) process.exitCode = 1;
  } finally {
    await testDb.cleanup();
  }
}

interface Figures {
  p50: number;
  p95: number;
  max: number;
  indexMs: number;
  lockMs: number;
  hits: number;
  outsiderFound: number;
  words: number;
  minutes: number;
}

function render(options: SearchBenchOptions, f: Figures, queryCount: number): string {
  const engine = options.engine === "postgres" ? "PostgreSQL (tsvector + GIN, pg_trgm)" : "SQLite (FTS5)";
  const met = (ok: boolean): string => (ok ? "met" : "**missed**");
  return [
    `## Search at scale: ${engine}`,
    "",
    `Written by \`npm run bench -- --search${options.engine === "postgres" ? " --postgres" : ""}\` (bench/search-bench.ts) on ${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores, Node ${process.version}; the run took ${f.minutes.toFixed(1)} minutes.`,
    "",
    `- Corpus: ${options.meetings.toLocaleString("en")} meetings in 20 series, about ${f.words.toLocaleString("en")} words of minutes each (sample vocabulary, bench/search-corpus.ts), each locked as version 1; indexed by the real indexer in ${(f.indexMs / 1000).toFixed(1)} s.`,
    `- ${queryCount} typical queries (20 words, 20 pairs, 10 typed with Arabic ي/ك, a space for the ZWNJ, no hamza), ${ROUNDS} rounds after a warm-up, by a member of every meeting, through \`searchEverything\` (what GET /api/search calls): ${f.hits} of ${queryCount} found something.`,
    "",
    "| Figure | Measured | Target | |",
    "| --- | --- | --- | --- |",
    `| Query time p50 | ${ms(f.p50)} ms | | |`,
    `| Query time p95 | ${ms(f.p95)} ms | < ${TARGETS.queryP95Ms} ms | ${met(f.p95 < TARGETS.queryP95Ms)} |`,
    `| Query time max | ${ms(f.max)} ms | | |`,
    `| Lock of a ${f.words.toLocaleString("en")}-word meeting, its re-index inside | ${ms(f.lockMs)} ms | < ${TARGETS.lockMs} ms | ${met(f.lockMs < TARGETS.lockMs)} |`,
    `| Results for a user who is a member of none (10 queries, counts included) | ${f.outsiderFound} | 0 | ${met(f.outsiderFound === 0)} |`,
  ].join("\n");
}

/** Puts the section in RESULTS.md between its markers (added at the end the first time), leaving the rest. */
function writeSection(engine: string, section: string): void {
  const start = `<!-- search-bench:${engine}:start -->`;
  const end = `<!-- search-bench:${engine}:end -->`;
  const current = readFileSync(RESULTS, "utf8");
  const block = `${start}\n${section}\n${end}`;
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const next = at >= 0 && until > at ? `${current.slice(0, at)}${block}${current.slice(until + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, next);
}
