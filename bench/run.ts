// `npm run bench`: Kateb's collaboration server against @y/websocket-server
// 0.1.1 (LevelDB) and Hocuspocus 4.7.0 (SQLite), each in its own process on
// loopback, driven by a separate load-generator process; the servers take
// turns, load by load, round by round. Prints the comparison table and writes
// bench/RESULTS.md. Options (defaults are issue 6's):
//   --runs N            rounds of every load and test (3)
//   --duration S        seconds of edits per load, after all clients synced (20)
//   --loads 1,3         only these loads (all three)
//   --kill-delays 0,100 SIGKILL delays of the durability test, ms (0)
//   --no-idle, --no-durability   skip the idle-document or the durability test
//   --no-cold-load      skip the cold load of a long session (50,000 one-keystroke updates;
//                       never run with --profile)
//   --profile           run every server under node --cpu-prof (bench/profiles/) and write
//                       bench/PROFILE.md (where each spends its CPU), not RESULTS.md
//   --out FILE          where to write the results (bench/RESULTS.md)
//   --search [--postgres] [--meetings N] [--words N]
//                       instead: search at scale (bench/search-bench.ts), its section of RESULTS.md
//   --cluster [--runs N] [--duration S] [--loads 1,2] [--kill-delays …] [--no-durability] [--out FILE]
//                       instead: two Kateb nodes against two Hocuspocus nodes on PostgreSQL + Redis
//                       (bench/cluster-bench.ts; runs 3, 10 s by default), its section of RESULTS.md
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readKatebStoredLog } from "./kateb-stored-log";
import { runSearchBench } from "./search-bench";
import { runClusterBench } from "./cluster-bench";
import { CLUSTER_DEFAULTS, CLUSTER_LOADS, DEFAULTS, LOADS } from "./loads";
import { renderProfileSummary, summarizeProfile, type CpuProfile } from "./profile-summary";
import { buildRows, renderTextTable, SERVER_TITLES, type BenchResults } from "./report";
import { renderProfileReport, renderResults, type RunDescription } from "./results-document";
import { writeResultsSection } from "./results-section";
import { ScenarioProcesses } from "./scenario-process";
import {
  type ColdLoadReadResult,
  type ColdLoadWriteResult,
  type DocAccess,
  type DurabilityCountResult,
  type DurabilityWriteResult,
  type IdleDocumentsResult,
  type LoadResult,
  type LoadSpec,
  type Scenario,
  type ScenarioResult,
  type Target,
} from "./scenario";
import { isKateb, SERVER_NAMES, type RunningServer, type ServerName } from "./servers/child-server";
import { startHocuspocus } from "./servers/hocuspocus";
import { copyKatebData, LONG_SESSION_LIMITS, seedKatebTemplate, startKateb, type KatebFixture } from "./servers/kateb";
import { startYWebsocketServer } from "./servers/y-websocket-server";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SECRET = "kateb-bench-secret-0123456789-abcdefghij";
/** Where --profile leaves the .cpuprofile files (open them in Chrome DevTools). */
const PROFILE_DIR = path.join(ROOT, "bench", "profiles");

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string" },
    duration: { type: "string" },
    loads: { type: "string" },
    "kill-delays": { type: "string" },
    "no-idle": { type: "boolean" },
    "no-durability": { type: "boolean" },
    "no-cold-load": { type: "boolean" },
    profile: { type: "boolean" },
    out: { type: "string" },
    search: { type: "boolean" },
    cluster: { type: "boolean" },
    postgres: { type: "boolean" },
    meetings: { type: "string" },
    words: { type: "string" },
  },
});

function positiveInteger(name: string, given: string | undefined, fallback: number): number {
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${given}")`);
  return value;
}

const runs = positiveInteger("runs", flags.runs, DEFAULTS.runs);
const durationS = positiveInteger("duration", flags.duration, DEFAULTS.durationS);
const pickLoads = (all: readonly LoadSpec[]): LoadSpec[] =>
  flags.loads
    ? flags.loads.split(",").map((index) => {
        const load = all[Number(index) - 1];
        if (!load) throw new Error(`--loads: no load ${index} (there are ${all.length})`);
        return load;
      })
    : [...all];
const loads = pickLoads(LOADS);
const killDelays = flags["kill-delays"] ? flags["kill-delays"].split(",").map(Number) : DEFAULTS.killDelaysMs;
const profiling = flags.profile === true;
const outFile = path.resolve(flags.out ?? path.join(ROOT, "bench", profiling ? "PROFILE.md" : "RESULTS.md"));

const work = mkdtempSync(path.join(tmpdir(), "kateb-bench-"));
process.once("exit", () => {
  scenarios.killAll();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const scenarios = new ScenarioProcesses(ROOT, work);
const runScenario = <R extends ScenarioResult>(scenario: Scenario, timeoutMs: number): Promise<R> => scenarios.run<R>(scenario, timeoutMs);

let fixture: KatebFixture;
let referenceDocs: DocAccess[];
let runCount = 0;

function freshDataDir(server: ServerName): string {
  const dir = path.join(work, `${server}-${++runCount}`);
  if (isKateb(server)) copyKatebData(fixture, dir);
  else mkdirSync(dir, { recursive: true });
  return dir;
}

function startServer(
  server: ServerName,
  dataDir: string,
  options: { profileName?: string; inspect?: boolean; longSession?: boolean } = {},
): Promise<RunningServer> {
  const nodeArgs: string[] = [];
  // Each profiled run gets its own folder, emptied first (a profile left by an
  // earlier run would be read instead): tsx's loader thread writes a profile too.
  if (options.profileName) {
    const dir = path.join(PROFILE_DIR, options.profileName);
    rmSync(dir, { recursive: true, force: true });
    nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${dir}`);
  }
  if (options.inspect) nodeArgs.push("--inspect=127.0.0.1:0");
  const limits = options.longSession ? LONG_SESSION_LIMITS : {};
  switch (server) {
    case "kateb-app":
    case "kateb":
      return startKateb(ROOT, dataDir, fixture.secret, nodeArgs, limits, server);
    case "y-websocket-server":
      return startYWebsocketServer(ROOT, dataDir, nodeArgs);
    case "hocuspocus":
      return startHocuspocus(ROOT, dataDir, nodeArgs);
  }
}

/** The main thread's profile in `dir`: CPU.<date>.<time>.<pid>.<thread 0>.<seq>.cpuprofile. */
function mainThreadProfile(dir: string): string {
  const file = readdirSync(dir).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (!file) throw new Error(`no main-thread profile in ${dir}`);
  return path.join(dir, file);
}

const targetOf = (server: RunningServer): Target => ({
  server: server.name,
  protocol: server.protocol,
  url: server.url,
  pid: server.pid,
  ...(isKateb(server.name) ? { tokenSecret: fixture.secret } : {}),
});
const docsFor = (server: ServerName): DocAccess[] => (isKateb(server) ? fixture.docs : referenceDocs);

/** Turns about, so that no server always runs first or last in a round. */
const serverOrder = (round: number): ServerName[] => SERVER_NAMES.map((_, index) => SERVER_NAMES[(index + round - 1) % SERVER_NAMES.length] as ServerName);

const results: BenchResults = { loads: [], idle: [], durability: [], coldLoad: [] };
const profiles: string[] = [];

async function benchLoad(round: number, server: ServerName, load: LoadSpec): Promise<void> {
  const dataDir = freshDataDir(server);
  const profileName = profiling ? `${server}-${round}-${load.documents}x${load.clientsPerDocument}` : undefined;
  const begun = Date.now();
  const running = await startServer(server, dataDir, { profileName });
  try {
    const result = await runScenario<LoadResult>(
      { kind: "load", targets: [targetOf(running)], docs: docsFor(server), load, durationMs: durationS * 1000, settleMs: DEFAULTS.settleMs },
      durationS * 1000 + 180_000,
    );
    results.loads.push({ round, server, load: load.name, result, peakRssKb: running.peakRssKb() });
    const ratio = result.delivered / Math.max(1, result.expectedDeliveries);
    say(
      `  ${server.padEnd(18)} synced ${result.syncedClients}/${result.clients} in ${result.connectSyncMs.toFixed(0)} ms · delivered ${ratio.toFixed(4)} · p50 ${result.latencyMs.p50.toFixed(2)} ms · p99 ${result.latencyMs.p99.toFixed(2)} ms · CPU ${result.cpuSeconds.toFixed(2)} s (load generator ${result.generatorCpuSeconds.toFixed(1)} s) · ${((Date.now() - begun) / 1000).toFixed(0)} s`,
    );
    if (profileName) {
      await running.stop();
      const profile = JSON.parse(readFileSync(mainThreadProfile(path.join(PROFILE_DIR, profileName)), "utf8")) as CpuProfile;
      profiles.push(
        [
          `## ${SERVER_TITLES[server]}: ${load.name}, round ${round}`,
          `### While the edits ran (CPU ${result.cpuSeconds.toFixed(2)} s by /proc)`,
          renderProfileSummary(summarizeProfile(profile, result.windowMonotonicUs)),
          `### While the clients connected and synced (${result.connectSyncMs.toFixed(0)} ms)`,
          renderProfileSummary(summarizeProfile(profile, result.connectMonotonicUs, 12)),
        ].join("\n\n"),
      );
    }
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchIdle(round: number, server: ServerName): Promise<void> {
  const begun = Date.now();
  const dataDir = freshDataDir(server);
  // The inspector lets the load generator collect garbage before each memory reading.
  const running = await startServer(server, dataDir, { inspect: true });
  try {
    const inspectorUrl = running.inspectorUrl();
    if (!inspectorUrl) throw new Error(`${server} did not report its inspector URL`);
    const docs = docsFor(server).slice(0, DEFAULTS.idleDocuments);
    const result = await runScenario<IdleDocumentsResult>(
      { kind: "idle-documents", target: targetOf(running), docs, warmup: DEFAULTS.idleWarmup, inspectorUrl },
      180_000,
    );
    results.idle.push({ round, server, result });
    say(`  ${server.padEnd(18)} ${result.perDocumentKb.toFixed(1)} KB RSS, ${result.heapPerDocumentKb.toFixed(1)} KB heap per idle document · ${((Date.now() - begun) / 1000).toFixed(0)} s`);
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchDurability(round: number, server: ServerName, killDelayMs: number): Promise<void> {
  const begun = Date.now();
  const dataDir = freshDataDir(server);
  const doc = docsFor(server)[0];
  if (!doc) throw new Error("no document for the durability test");
  const edits = DEFAULTS.durabilityEdits;
  const first = await startServer(server, dataDir);
  let write: DurabilityWriteResult;
  try {
    write = await runScenario<DurabilityWriteResult>({ kind: "durability-write", target: targetOf(first), doc, edits, killDelayMs }, 60_000);
  } finally {
    // The load generator killed it; this only makes sure.
    await first.stop(0);
  }
  const second = await startServer(server, dataDir);
  try {
    const count = await runScenario<DurabilityCountResult>({ kind: "durability-count", target: targetOf(second), doc, edits }, 60_000);
    results.durability.push({ round, server, killDelayMs, edits, write, found: count.found });
    say(`  ${server.padEnd(18)} kill ${killDelayMs} ms after the observer had all: ${count.found}/${edits} survived · ${((Date.now() - begun) / 1000).toFixed(0)} s`);
  } finally {
    await second.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchColdLoad(round: number, server: ServerName): Promise<void> {
  const begun = Date.now();
  const dataDir = freshDataDir(server);
  const [doc, probe] = docsFor(server);
  if (!doc || !probe) throw new Error("no documents for the cold load");
  const edits = DEFAULTS.coldLoadEdits;
  const first = await startServer(server, dataDir, { longSession: true });
  let write: ColdLoadWriteResult;
  try {
    write = await runScenario<ColdLoadWriteResult>(
      {
        kind: "cold-load-write",
        target: targetOf(first),
        doc,
        edits,
        chunk: DEFAULTS.coldLoadChunk,
        // Only y-websocket-server stores with no word of when it is done.
        flushProbe: server === "y-websocket-server" ? probe : undefined,
      },
      180_000,
    );
  } finally {
    await first.stop();
  }
  const stored = isKateb(server) ? readKatebStoredLog(dataDir, doc.name) : null;
  const second = await startServer(server, dataDir, { longSession: true });
  try {
    const read = await runScenario<ColdLoadReadResult>(
      { kind: "cold-load-read", target: targetOf(second), doc, expected: write.text, timeoutMs: 30_000 },
      60_000,
    );
    results.coldLoad.push({ round, server, edits, write, read, stored });
    const rows = stored ? ` · stored: snapshot ${(stored.snapshotBytes / 1024).toFixed(1)} KB, ${stored.updateRows} log row(s)${stored.journalRows === null ? "" : `, ${stored.journalRows} journal row(s)`}` : "";
    say(
      `  ${server.padEnd(18)} typed in ${(write.writeMs / 1000).toFixed(1)} s · cold load ${read.loadedMs === null ? `never (${read.loadedLength}/${write.text.length} characters in 30 s)` : `${read.loadedMs.toFixed(0)} ms`} (first sync ${read.firstSyncMs?.toFixed(0) ?? "never"} ms; in memory ${read.warmLoadedMs?.toFixed(0) ?? "never"} ms)${rows} · ${((Date.now() - begun) / 1000).toFixed(0)} s`,
    );
  } finally {
    await second.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The commit measured, and whether the server's code had uncommitted changes. */
function describeCode(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const changed = execFileSync("git", ["status", "--porcelain", "--", "server", "lib", "prisma"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter(Boolean).length;
    return changed === 0 ? `commit ${head}` : `commit ${head} with ${changed} uncommitted change(s) in server/, lib/ or prisma/`;
  } catch {
    return "an unknown commit";
  }
}

function describeMachine(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpus().length} cores (${model}), Node ${process.version}, ${process.platform} ${process.arch}`;
}

/** Kateb runs as users run it: the compiled server and Next.js's production build, rebuilt when stale. */
function buildKateb(): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build-if-stale.ts"], { cwd: ROOT, stdio: "inherit" });
}

async function main(): Promise<void> {
  const started = Date.now();
  say(`Kateb collaboration benchmark: ${describeMachine()}`);
  buildKateb();
  const documents = Math.max(DEFAULTS.idleDocuments, ...loads.map((load) => load.documents));
  const templateDir = path.join(work, "kateb-template");
  mkdirSync(templateDir);
  fixture = await seedKatebTemplate(ROOT, templateDir, SECRET, documents);
  referenceDocs = fixture.docs.map((doc) => ({ name: doc.name, writerId: "bench", readerId: "bench" }));
  say(`Seeded ${documents} meetings for Kateb in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  for (let round = 1; round <= runs; round += 1) {
    const order = serverOrder(round);
    for (const load of loads) {
      say(`Round ${round}/${runs} · ${load.name} (${load.writersPerDocument} writer(s) per document, an edit every ${load.editIntervalMs} ms, ${durationS} s)`);
      for (const server of order) await benchLoad(round, server, load);
    }
    if (!flags["no-idle"]) {
      say(`Round ${round}/${runs} · ${DEFAULTS.idleDocuments} idle documents`);
      for (const server of order) await benchIdle(round, server);
    }
    if (!flags["no-durability"]) {
      say(`Round ${round}/${runs} · durability (${DEFAULTS.durabilityEdits} rapid edits, SIGKILL)`);
      for (const delay of killDelays) for (const server of order) await benchDurability(round, server, delay);
    }
    if (!flags["no-cold-load"] && !profiling) {
      say(`Round ${round}/${runs} · cold load of a long session (${DEFAULTS.coldLoadEdits} one-keystroke updates, SIGTERM, restart)`);
      for (const server of order) await benchColdLoad(round, server);
    }
  }

  const elapsedS = (Date.now() - started) / 1000;
  const rows = buildRows(results, loads.map((load) => load.name));
  say("");
  say(renderTextTable(rows));
  say("");
  const description: RunDescription = { runs, durationS, killDelays, elapsedS, machine: describeMachine(), code: describeCode(), cores: cpus().length };
  if (profiling) writeResultsSection(outFile, "profile-bench", renderProfileReport(rows, profiles, description));
  else writeResultsSection(outFile, "collab-bench", renderResults(rows, results, description), "start");
  say(`Wrote ${path.relative(process.cwd(), outFile)} (${(elapsedS / 60).toFixed(1)} minutes).`);
}

const clusterBench = (): Promise<void> => {
  buildKateb();
  return runClusterBench({
    root: ROOT,
    runs: positiveInteger("runs", flags.runs, CLUSTER_DEFAULTS.runs),
    durationS: positiveInteger("duration", flags.duration, CLUSTER_DEFAULTS.durationS),
    loads: pickLoads(CLUSTER_LOADS),
    killDelaysMs: killDelays,
    durability: !flags["no-durability"],
    out: path.resolve(flags.out ?? path.join(ROOT, "bench", "RESULTS.md")),
    settleMs: DEFAULTS.settleMs,
    durabilityEdits: DEFAULTS.durabilityEdits,
    describeCode,
  });
};

const run = flags.search
  ? () =>
      runSearchBench({
        engine: flags.postgres ? "postgres" : "sqlite",
        meetings: positiveInteger("meetings", flags.meetings, 1_000),
        words: positiveInteger("words", flags.words, 3_000),
      })
  : flags.cluster
    ? clusterBench
    : main;

run().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
