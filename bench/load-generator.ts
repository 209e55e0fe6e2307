// The load generator: one scenario per process, given as a JSON file by the
// runner; drives a server with many clients and prints one result line.
// Runs apart from the runner so that the runner's own work never competes
// with the clients, and apart from the server so that its CPU is the server's.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { connectClient, type BenchClient } from "./clients/bench-client";
import { runColdLoadRead, runColdLoadWrite } from "./cold-load";
import { BENCH_TEXT, editMarker, observeEdits } from "./edit-marker";
import { collectGarbage } from "./inspector-gc";
import { allSynced, runLoad } from "./load-run";
import { readRssKb } from "./metrics";
import {
  RESULT_PREFIX,
  type DocAccess,
  type DurabilityCountResult,
  type DurabilityWriteResult,
  type IdleDocumentsResult,
  type Scenario,
  type ScenarioResult,
  type Target,
} from "./scenario";

async function runIdleDocuments(scenario: Extract<Scenario, { kind: "idle-documents" }>): Promise<IdleDocumentsResult> {
  const { target, docs, warmup } = scenario;
  const open = (from: number, to: number): BenchClient[] =>
    docs.slice(from, to).map((doc) => connectClient(target, doc.name, doc.readerId));
  // Memory once it has settled: V8 and the allocator give pages back over several
  // collections and seconds, so collect until RSS holds still (within 512 KiB).
  const settled = async (): Promise<{ rssKb: number; heapKb: number }> => {
    await sleep(1_000);
    let heapKb = await collectGarbage(scenario.inspectorUrl);
    let rssKb = readRssKb(target.pid);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await sleep(1_000);
      heapKb = await collectGarbage(scenario.inspectorUrl);
      const now = readRssKb(target.pid);
      const still = Math.abs(now - rssKb) < 512;
      rssKb = now;
      if (still) break;
    }
    return { rssKb, heapKb };
  };
  const first = open(0, warmup);
  if ((await allSynced(first)) < first.length) throw new Error("warm-up documents did not sync");
  const baseline = await settled();
  const rest = open(warmup, docs.length);
  if ((await allSynced(rest)) < rest.length) throw new Error("idle documents did not sync");
  const loaded = await settled();
  for (const client of [...first, ...rest]) client.destroy();
  return {
    kind: "idle-documents",
    documents: docs.length,
    warmup,
    baselineRssKb: baseline.rssKb,
    rssKb: loaded.rssKb,
    perDocumentKb: (loaded.rssKb - baseline.rssKb) / (docs.length - warmup),
    baselineHeapKb: baseline.heapKb,
    heapKb: loaded.heapKb,
    heapPerDocumentKb: (loaded.heapKb - baseline.heapKb) / (docs.length - warmup),
  };
}

/** Distinct edits of the durability writer (writer id 1) that `client`'s document holds. */
function countEdits(client: BenchClient, onCount: (count: number) => void): void {
  const seen = new Set<number>();
  observeEdits(client.doc, (marker) => {
    if (marker.writer !== 1 || seen.has(marker.seq)) return;
    seen.add(marker.seq);
    onCount(seen.size);
  });
}

async function runDurabilityWrite(scenario: Extract<Scenario, { kind: "durability-write" }>): Promise<DurabilityWriteResult> {
  const { target, doc, edits } = scenario;
  const writer = connectClient(target, doc.name, doc.writerId);
  const observer = connectClient(scenario.observerTarget ?? target, doc.name, doc.readerId);
  if ((await allSynced([writer, observer])) < 2) throw new Error("durability clients did not sync");
  let started = 0;
  let observedMs = Number.NaN;
  const kill = (): void => {
    try {
      process.kill(target.pid, "SIGKILL");
    } catch {
      // Gone already.
    }
  };
  const observedAll = new Promise<boolean>((resolve) => {
    countEdits(observer, (count) => {
      if (count < edits) return;
      // Killed in the same turn as the last edit arrived: nothing is given time to catch up.
      observedMs = performance.now() - started;
      if (scenario.killDelayMs === 0) kill();
      else setTimeout(kill, scenario.killDelayMs);
      resolve(true);
    });
    setTimeout(() => resolve(false), 20_000).unref();
  });
  const text = writer.doc.getText(BENCH_TEXT);
  started = performance.now();
  for (let seq = 1; seq <= edits; seq += 1) {
    const marker = editMarker(1, seq);
    if (seq % 3 === 0) text.insert(0, marker);
    else text.insert(text.length, marker);
  }
  const all = await observedAll;
  if (!all) kill();
  await sleep(scenario.killDelayMs + 50);
  // In a cluster: what a fresh client finds through the surviving node, its observer still there.
  const survivorFound = scenario.observerTarget ? (await runDurabilityCount(scenario.observerTarget, doc, edits)).found : null;
  writer.destroy();
  observer.destroy();
  return { kind: "durability-write", observedAll: all, observedMs, survivorFound };
}

async function runDurabilityCount(target: Target, doc: DocAccess, edits: number): Promise<DurabilityCountResult> {
  const fresh = connectClient(target, doc.name, doc.readerId);
  let found = 0;
  let complete: () => void = () => undefined;
  const allFound = new Promise<void>((resolve) => (complete = resolve));
  countEdits(fresh, (count) => {
    found = count;
    if (count >= edits) complete();
  });
  if ((await allSynced([fresh])) < 1) throw new Error("the fresh client did not sync");
  // A server that loads stored state after the first sync (y-websocket-server
  // with LevelDB) gets two seconds to send the rest.
  await Promise.race([allFound, sleep(2_000)]);
  fresh.destroy();
  return { kind: "durability-count", found };
}

async function run(scenario: Scenario): Promise<ScenarioResult> {
  switch (scenario.kind) {
    case "load":
      return runLoad(scenario);
    case "idle-documents":
      return runIdleDocuments(scenario);
    case "durability-write":
      return runDurabilityWrite(scenario);
    case "durability-count":
      return runDurabilityCount(scenario.target, scenario.doc, scenario.edits);
    case "cold-load-write":
      return runColdLoadWrite(scenario);
    case "cold-load-read":
      return runColdLoadRead(scenario);
  }
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: load-generator.ts <scenario.json>\n");
  process.exit(2);
}
run(JSON.parse(readFileSync(file, "utf8")) as Scenario).then(
  (result) => {
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
