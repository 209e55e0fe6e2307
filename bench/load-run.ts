// The "load" scenario, run in the load generator: many clients on one server or
// spread over a cluster's nodes, writers inserting timed markers, every other
// client recording when each arrives (and whether it crossed from one node to another).
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { connectClient, type BenchClient } from "./clients/bench-client";
import { BENCH_TEXT, editMarker, observeEdits } from "./edit-marker";
import { readCpuSeconds, readMachineBusySeconds, SampleBuffer, summarizeLatencies } from "./metrics";
import type { LoadResult, Scenario } from "./scenario";

const SYNC_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 10_000;

type LoadScenario = Extract<Scenario, { kind: "load" }>;

export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Resolves with how many of `clients` synced before the timeout. */
export async function allSynced(clients: BenchClient[], timeoutMs = SYNC_TIMEOUT_MS): Promise<number> {
  let synced = 0;
  const each = Promise.all(clients.map((client) => client.synced.then(() => (synced += 1))));
  await Promise.race([each, sleep(timeoutMs)]);
  return synced;
}

interface Writer {
  client: BenchClient;
  id: number;
}

interface Deliveries {
  all: SampleBuffer;
  crossNode: SampleBuffer;
}

/** Connects every client of the load; each document's clients take the nodes in turn,
 * starting one node further for each document, so writers are spread over the nodes too. */
function connectAll(scenario: LoadScenario, deliveries: Deliveries): { clients: BenchClient[]; writers: Writer[] } {
  const { targets, load } = scenario;
  const writerNode = new Map<number, number>();
  const writers: Writer[] = [];
  const clients: BenchClient[] = [];
  scenario.docs.slice(0, load.documents).forEach((doc, docIndex) => {
    for (let index = 0; index < load.clientsPerDocument; index += 1) {
      const node = (docIndex + index) % targets.length;
      const target = targets[node];
      if (!target) throw new Error("a load needs at least one target");
      const writes = index < load.writersPerDocument;
      const client = connectClient(target, doc.name, writes ? doc.writerId : doc.readerId);
      const id = writes ? writers.length + 1 : 0;
      if (writes) {
        writers.push({ client, id });
        writerNode.set(id, node);
      }
      observeEdits(client.doc, (marker, receivedAt) => {
        if (marker.writer === id) return;
        const latency = receivedAt - marker.sentAt;
        deliveries.all.push(latency);
        if (writerNode.get(marker.writer) !== node) deliveries.crossNode.push(latency);
      });
      clients.push(client);
    }
  });
  return { clients, writers };
}

/** Every writer's edits at their due times for the scenario's duration; resolves with how many were sent. */
async function writeEdits(scenario: LoadScenario, writers: Writer[], windowStart: number): Promise<number> {
  const { load } = scenario;
  let editsSent = 0;
  await Promise.all(
    writers.map(
      ({ client, id }, index) =>
        new Promise<void>((done) => {
          const text = client.doc.getText(BENCH_TEXT);
          // Writers of a document take turns rather than typing in the same instant.
          const phase = ((index % load.writersPerDocument) * load.editIntervalMs) / load.writersPerDocument;
          let seq = 0;
          // Each edit has its due time; a writer held up by a busy event loop catches
          // up, so that every server is offered the same number of edits.
          const next = (): void => {
            // Compared as an offset: windowStart + offset − windowStart can fall just short of it.
            const offset = phase + seq * load.editIntervalMs;
            if (offset >= scenario.durationMs) return done();
            const due = windowStart + offset;
            setTimeout(() => {
              text.insert(text.length, editMarker(id, ++seq));
              editsSent += 1;
              next();
            }, Math.max(0, due - performance.now()));
          };
          next();
        }),
    ),
  );
  return editsSent;
}

const cpuOf = (pids: readonly number[]): number[] => pids.map((pid) => readCpuSeconds(pid));

export async function runLoad(scenario: LoadScenario): Promise<LoadResult> {
  const { targets, load } = scenario;
  const deliveries: Deliveries = { all: new SampleBuffer(), crossNode: new SampleBuffer() };
  const started = performance.now();
  const connectStart = monotonicUs();
  const { clients, writers } = connectAll(scenario, deliveries);
  const syncedClients = await allSynced(clients);
  const connectSyncMs = performance.now() - started;
  const connectMonotonicUs: [number, number] = [connectStart, monotonicUs()];
  // Markers already in a document (none in a fresh one) are not deliveries of this window.
  deliveries.all = new SampleBuffer();
  deliveries.crossNode = new SampleBuffer();
  await sleep(scenario.settleMs);

  const nodePids = targets.map((target) => target.pid);
  const extraPids = scenario.extraPids ?? [];
  const nodeCpuBefore = cpuOf(nodePids);
  const extraCpuBefore = cpuOf(extraPids);
  const machineBefore = readMachineBusySeconds();
  const windowStart = performance.now();
  const monotonicStart = monotonicUs();
  const generatorCpuBefore = process.cpuUsage();
  const editsSent = await writeEdits(scenario, writers, windowStart);
  const expectedDeliveries = editsSent * (load.clientsPerDocument - 1);
  const drainUntil = performance.now() + DRAIN_TIMEOUT_MS;
  while (deliveries.all.length < expectedDeliveries && performance.now() < drainUntil) await sleep(20);
  const nodeCpuSeconds = cpuOf(nodePids).map((seconds, index) => seconds - (nodeCpuBefore[index] ?? 0));
  const cpuSeconds = nodeCpuSeconds.reduce((sum, seconds) => sum + seconds, 0);
  const extraCpuSeconds = cpuOf(extraPids).reduce((sum, seconds, index) => sum + seconds - (extraCpuBefore[index] ?? 0), 0);
  const machineSeconds = readMachineBusySeconds() - machineBefore;
  const windowMs = performance.now() - windowStart;
  const monotonicEnd = monotonicUs();
  const generatorCpu = process.cpuUsage(generatorCpuBefore);
  const generatorCpuSeconds = (generatorCpu.user + generatorCpu.system) / 1e6;
  for (const client of clients) client.destroy();
  return {
    kind: "load",
    clients: clients.length,
    syncedClients,
    connectSyncMs,
    connectMonotonicUs,
    editsSent,
    expectedDeliveries,
    delivered: deliveries.all.length,
    latencyMs: summarizeLatencies(deliveries.all.values()),
    crossNodeDelivered: deliveries.crossNode.length,
    crossNodeLatencyMs: targets.length > 1 ? summarizeLatencies(deliveries.crossNode.values()) : null,
    cpuSeconds,
    nodeCpuSeconds,
    extraCpuSeconds,
    windowMs,
    windowMonotonicUs: [monotonicStart, monotonicEnd],
    generatorCpuSeconds,
    otherCpuSeconds: Math.max(0, machineSeconds - cpuSeconds - extraCpuSeconds - generatorCpuSeconds),
  };
}
