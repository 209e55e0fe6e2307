// The cold load of a long session's minutes, in the load generator: one writer
// types a long session (one keystroke per update) and waits until the server
// has it all; after the runner has restarted the server on the same data, a
// fresh client times its load.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type * as Y from "yjs";
import { connectClient, type BenchClient } from "./clients/bench-client";
import { BENCH_TEXT } from "./edit-marker";
import type { ColdLoadReadResult, ColdLoadWriteResult, DocAccess, Scenario, Target } from "./scenario";
import { seededRandom } from "../lib/seeded-random";

const SYNC_TIMEOUT_MS = 30_000;
const PROBE_TEXT = "saved";
/** The typist's cursor jumps to a random place this often. */
const JUMP_EVERY = 40;


/** A note-taker: types at a cursor that jumps to a random place every JUMP_EVERY
 * keystrokes; one keystroke in 8 is a backspace, one in 6 a space, one in 60 a new line. */
class Typist {
  private cursor = 0;
  private readonly random = seededRandom(6);

  keystroke(text: Y.Text, index: number): void {
    if (index % JUMP_EVERY === 0) this.cursor = Math.floor(this.random() * (text.length + 1));
    this.cursor = Math.min(this.cursor, text.length);
    const roll = this.random();
    if (this.cursor > 0 && roll < 1 / 8) {
      text.delete(this.cursor - 1, 1);
      this.cursor -= 1;
      return;
    }
    const char = roll < 1 / 8 + 1 / 60 ? "\n" : roll < 1 / 8 + 1 / 6 ? " " : String.fromCharCode(0x0627 + Math.floor(this.random() * 26));
    text.insert(this.cursor, char);
    this.cursor += 1;
  }
}

async function synced(client: BenchClient, what: string): Promise<void> {
  const timeout = sleep(SYNC_TIMEOUT_MS).then(() => {
    throw new Error(`${what} did not sync within ${SYNC_TIMEOUT_MS / 1000} s`);
  });
  await Promise.race([client.synced, timeout]);
}

/** Resolves once `text` reads `expected`. */
function whenText(client: BenchClient, expected: string): Promise<void> {
  const text = client.doc.getText(BENCH_TEXT);
  return new Promise((resolve) => {
    const check = (): void => {
      if (text.length !== expected.length || text.toString() !== expected) return;
      client.doc.off("update", check);
      resolve();
    };
    client.doc.on("update", check);
    check();
  });
}

export async function runColdLoadWrite(scenario: Extract<Scenario, { kind: "cold-load-write" }>): Promise<ColdLoadWriteResult> {
  const { target, doc, edits, chunk, flushProbe } = scenario;
  if (flushProbe) {
    const marker = connectClient(target, flushProbe.name, flushProbe.writerId);
    await synced(marker, "the probe's writer");
    marker.doc.getText(BENCH_TEXT).insert(0, PROBE_TEXT);
    await marker.roundTrip();
    marker.destroy();
  }
  const writer = connectClient(target, doc.name, doc.writerId);
  await synced(writer, "the long session's writer");
  const text = writer.doc.getText(BENCH_TEXT);
  let updateBytes = 0;
  writer.doc.on("update", (update: Uint8Array) => (updateBytes += update.byteLength));
  const typist = new Typist();
  const started = performance.now();
  // Each keystroke is its own transaction, so its own update and message; a round
  // trip after every chunk keeps the writer from running far ahead of the server.
  for (let index = 0; index < edits; index += 1) {
    typist.keystroke(text, index);
    if ((index + 1) % chunk === 0 || index + 1 === edits) await writer.roundTrip();
  }
  if (flushProbe) {
    // y-websocket-server stores every update through one LevelDB queue and unloads
    // a document with no connection: the probe's document, loaded now, comes from
    // that queue after every update of the session.
    const probe = connectClient(target, flushProbe.name, flushProbe.readerId);
    await synced(probe, "the probe");
    await Promise.race([whenText(probe, PROBE_TEXT), sleep(SYNC_TIMEOUT_MS).then(() => Promise.reject(new Error("the probe never loaded")))]);
    probe.destroy();
  }
  const writeMs = performance.now() - started;
  const result: ColdLoadWriteResult = { kind: "cold-load-write", text: text.toString(), writeMs, updateBytes };
  writer.destroy();
  // Let the close reach the server before the runner stops it.
  await sleep(200);
  return result;
}

interface TimedLoad {
  client: BenchClient;
  firstSyncMs: number | null;
  loadedMs: number | null;
}

/** A fresh client's load of `doc`: from its connection attempt until its first sync
 * is done and its text reads `expected` (null where it did not within `timeoutMs`). */
async function timeLoad(target: Target, doc: DocAccess, expected: string, timeoutMs: number): Promise<TimedLoad> {
  const started = performance.now();
  const load: TimedLoad = { client: connectClient(target, doc.name, doc.readerId), firstSyncMs: null, loadedMs: null };
  const loaded = load.client.synced.then(async () => {
    load.firstSyncMs = performance.now() - started;
    // A server may send stored state after the first sync (y-websocket-server with LevelDB).
    await whenText(load.client, expected);
    load.loadedMs = performance.now() - started;
  });
  await Promise.race([loaded, sleep(timeoutMs)]);
  return load;
}

export async function runColdLoadRead(scenario: Extract<Scenario, { kind: "cold-load-read" }>): Promise<ColdLoadReadResult> {
  const { target, doc, expected, timeoutMs } = scenario;
  const cold = await timeLoad(target, doc, expected, timeoutMs);
  // The same load with the document in memory (the first client still connected), for comparison.
  const warm = await timeLoad(target, doc, expected, timeoutMs);
  const loadedLength = cold.client.doc.getText(BENCH_TEXT).length;
  cold.client.destroy();
  warm.client.destroy();
  return { kind: "cold-load-read", firstSyncMs: cold.firstSyncMs, loadedMs: cold.loadedMs, loadedLength, warmLoadedMs: warm.loadedMs };
}
