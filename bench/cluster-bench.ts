// `npm run bench -- --cluster`: two Kateb nodes on PostgreSQL + Redis against
// two Hocuspocus 4.7.0 nodes with @hocuspocus/extension-redis on the same
// PostgreSQL (a fresh schema) and Redis (a redis-server of the run's own), as
// issue 18 asks: the loads' delivery ratio, cross-node fan-out latency and CPU
// per delivered update, and what survives a node's SIGKILL. The clusters take
// turns, load by load, round by round; writes the cluster section of bench/RESULTS.md.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { seedDemo } from "@/server/demo/seed";
import { startPrivateRedis, type PrivateRedis } from "@/tests/helpers/private-redis";
import { createPostgresTestDb, type TestDb } from "@/tests/helpers/test-db";
import { buildClusterRows, cpuPerThousand, renderClusterSection, writeClusterSection, type ClusterResults } from "./cluster-report";
import { ScenarioProcesses } from "./scenario-process";
import type { DocAccess, DurabilityCountResult, DurabilityWriteResult, LoadResult, LoadSpec, Target } from "./scenario";
import type { RunningServer } from "./servers/child-server";
import { CLUSTER_NAMES, createHocuspocusTable, startCluster, startClusterNode, type ClusterName, type ClusterServices } from "./servers/cluster-nodes";
import { seedBenchMeetings } from "./servers/kateb";

export interface ClusterBenchOptions {
  root: string;
  runs: number;
  durationS: number;
  loads: readonly LoadSpec[];
  killDelaysMs: readonly number[];
  durability: boolean;
  /** The results file whose cluster section is written. */
  out: string;
  settleMs: number;
  durabilityEdits: number;
  describeCode: () => string;
}

const SECRET = "kateb-cluster-bench-secret-0123456789-abcdefghij";
const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** The process id of a Redis server, as it reports it. */
async function redisPid(url: string): Promise<number> {
  const client = new Redis(url);
  try {
    const info = await client.info("server");
    const pid = Number(/^process_id:(\d+)/m.exec(info)?.[1]);
    if (!Number.isInteger(pid)) throw new Error("Redis did not report its process id");
    return pid;
  } finally {
    client.disconnect();
  }
}

/** Everything one benchmark run shares: the services, the seeded database, the load generators. */
class ClusterBench {
  readonly results: ClusterResults = { loads: [], durability: [] };
  private hocuspocusDocs = 0;

  constructor(
    private readonly options: ClusterBenchOptions,
    private readonly services: ClusterServices,
    private readonly testDb: TestDb,
    private readonly redisPid: number,
    private readonly scenarios: ScenarioProcesses,
  ) {}

  /** Fresh documents for one run: meetings in Kateb's schema, new names for Hocuspocus. */
  private async freshDocs(cluster: ClusterName, count: number): Promise<DocAccess[]> {
    if (cluster === "kateb") return seedBenchMeetings(this.testDb.db, count);
    return Array.from({ length: count }, () => ({ name: `bench-${++this.hocuspocusDocs}`, writerId: "bench", readerId: "bench" }));
  }

  private targetOf(server: RunningServer): Target {
    return { server: server.name, protocol: server.protocol, url: server.url, pid: server.pid, ...(server.name === "kateb" ? { tokenSecret: SECRET } : {}) };
  }

  async load(round: number, cluster: ClusterName, load: LoadSpec): Promise<void> {
    const begun = Date.now();
    const docs = await this.freshDocs(cluster, load.documents);
    const loadAverage = loadavg()[0] ?? 0;
    const nodes = await startCluster(this.options.root, cluster, this.services);
    try {
      const { durationS, settleMs } = this.options;
      const result = await this.scenarios.run<LoadResult>(
        { kind: "load", targets: nodes.map((node) => this.targetOf(node)), docs, load, durationMs: durationS * 1000, settleMs, extraPids: [this.redisPid] },
        durationS * 1000 + 180_000,
      );
      this.results.loads.push({ round, cluster, load: load.name, result, loadAverage });
      const ratio = result.delivered / Math.max(1, result.expectedDeliveries);
      const cross = result.crossNodeLatencyMs;
      say(
        `  ${cluster.padEnd(11)} synced ${result.syncedClients}/${result.clients} in ${result.connectSyncMs.toFixed(0)} ms · delivered ${ratio.toFixed(4)} · cross-node p50 ${cross?.p50.toFixed(2)} ms, p99 ${cross?.p99.toFixed(2)} ms · CPU ${result.nodeCpuSeconds.map((s) => s.toFixed(2)).join(" + ")} s (${cpuPerThousand(result).toFixed(4)} s per 1,000; Redis ${result.extraCpuSeconds.toFixed(2)} s; load generator ${result.generatorCpuSeconds.toFixed(1)} s) · load avg ${loadAverage.toFixed(2)} · ${((Date.now() - begun) / 1000).toFixed(0)} s`,
      );
    } finally {
      await Promise.all(nodes.map((node) => node.stop()));
    }
  }

  /** A writer on node A, an observer on node B; A is SIGKILLed once B's client has every edit. */
  async durability(round: number, cluster: ClusterName, killDelayMs: number): Promise<void> {
    const begun = Date.now();
    const [doc] = await this.freshDocs(cluster, 1);
    if (!doc) throw new Error("no document for the durability test");
    const edits = this.options.durabilityEdits;
    const [doomed, survivor] = await startCluster(this.options.root, cluster, this.services);
    if (!doomed || !survivor) throw new Error("a node did not start");
    let fresh: RunningServer | null = null;
    try {
      const write = await this.scenarios.run<DurabilityWriteResult>(
        { kind: "durability-write", target: this.targetOf(doomed), observerTarget: this.targetOf(survivor), doc, edits, killDelayMs },
        60_000,
      );
      await doomed.stop(0);
      const throughSurvivor = write.survivorFound ?? 0;
      // Nothing left in any node's memory: what a fresh node loads is what was stored.
      process.kill(survivor.pid, "SIGKILL");
      await survivor.exited;
      fresh = await startClusterNode(this.options.root, cluster, this.services);
      const stored = (await this.scenarios.run<DurabilityCountResult>({ kind: "durability-count", target: this.targetOf(fresh), doc, edits }, 60_000)).found;
      this.results.durability.push({ round, cluster, killDelayMs, edits, observedAll: write.observedAll, throughSurvivor, stored });
      say(
        `  ${cluster.padEnd(11)} kill ${killDelayMs} ms after the other node's observer had all: ${throughSurvivor}/${edits} through the survivor, ${stored}/${edits} stored · ${((Date.now() - begun) / 1000).toFixed(0)} s`,
      );
    } finally {
      await Promise.all([doomed.stop(0), survivor.stop(0), fresh?.stop()]);
    }
  }
}

/** Turns about, so that neither cluster always runs first. */
const clusterOrder = (round: number): ClusterName[] => (round % 2 === 1 ? [...CLUSTER_NAMES] : [...CLUSTER_NAMES].reverse());

async function runRounds(bench: ClusterBench, options: ClusterBenchOptions): Promise<void> {
  for (let round = 1; round <= options.runs; round += 1) {
    const order = clusterOrder(round);
    for (const load of options.loads) {
      say(`Round ${round}/${options.runs} · ${load.name} (${load.writersPerDocument} writer(s) per document, an edit every ${load.editIntervalMs} ms, ${options.durationS} s)`);
      for (const cluster of order) await bench.load(round, cluster, load);
    }
    if (!options.durability) continue;
    say(`Round ${round}/${options.runs} · durability (${options.durabilityEdits} rapid edits, a node SIGKILLed)`);
    for (const delay of options.killDelaysMs) for (const cluster of order) await bench.durability(round, cluster, delay);
  }
}

export async function runClusterBench(options: ClusterBenchOptions): Promise<void> {
  const begun = Date.now();
  const startLoad = loadavg();
  const work = mkdtempSync(path.join(tmpdir(), "kateb-cluster-bench-"));
  const scenarios = new ScenarioProcesses(options.root, work);
  let redis: PrivateRedis | null = null;
  let testDb: TestDb | null = null;
  try {
    redis = await startPrivateRedis();
    const started = redis;
    // An interrupted run leaves no redis-server behind (stop kills before it awaits).
    process.once("exit", () => void started.stop());
    testDb = await createPostgresTestDb();
    await seedDemo(testDb.db);
    await createHocuspocusTable(testDb.url);
    const services: ClusterServices = { databaseUrl: testDb.url, redisUrl: redis.url, secret: SECRET, workDir: work };
    say(`Kateb cluster benchmark: ${cpus().length} cores, load average ${startLoad.map((value) => value.toFixed(2)).join(", ")}`);
    const bench = new ClusterBench(options, services, testDb, await redisPid(redis.url), scenarios);
    await runRounds(bench, options);
    const rows = buildClusterRows(bench.results, options.loads.map((load) => load.name));
    const section = renderClusterSection(bench.results, rows, {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}`,
      code: options.describeCode(),
      options: `runs ${options.runs}, ${options.durationS} s of edits per load after a ${options.settleMs / 1000} s settle, kill delays ${options.killDelaysMs.join("/")} ms`,
      minutes: (Date.now() - begun) / 60_000,
      loadAverages: { start: startLoad, end: loadavg() },
    });
    say(`\n${section}\n`);
    writeClusterSection(options.out, section);
    say(`Wrote the cluster section of ${path.relative(process.cwd(), options.out)}.`);
  } finally {
    scenarios.killAll();
    await redis?.stop();
    await testDb?.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}
