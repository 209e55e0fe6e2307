// The loads of issue 6's benchmark, and the benchmark's defaults.
import type { LoadSpec } from "./scenario";

export const LOADS: readonly LoadSpec[] = [
  { name: "1 doc × 50 clients", documents: 1, clientsPerDocument: 50, writersPerDocument: 5, editIntervalMs: 50 },
  { name: "100 docs × 5 clients", documents: 100, clientsPerDocument: 5, writersPerDocument: 1, editIntervalMs: 200 },
  { name: "1 doc × 200 clients", documents: 1, clientsPerDocument: 200, writersPerDocument: 2, editIntervalMs: 100 },
];

export const DEFAULTS = {
  runs: 3,
  durationS: 20,
  /** Quiet time after every client has synced, before the edits (and the CPU reading) start. */
  settleMs: 1_000,
  idleDocuments: 500,
  /** Documents open when the idle-document baseline is read: the growth from there to all of them is
   * measured, so that start-up and first-use memory (code, caches) is not counted per document. */
  idleWarmup: 250,
  durabilityEdits: 200,
  /** Kill delays of the durability test, after the observer has every edit. */
  killDelaysMs: [0],
  /** The long session whose cold load is measured: one keystroke per update. */
  coldLoadEdits: 50_000,
  /** Keystrokes sent between two round trips of the long session's writer. */
  coldLoadChunk: 1_000,
};

/** The loads of issue 18's cluster benchmark: each document's clients spread over two nodes. */
export const CLUSTER_LOADS: readonly LoadSpec[] = [
  { name: "1 doc × 200 clients", documents: 1, clientsPerDocument: 200, writersPerDocument: 2, editIntervalMs: 100 },
  { name: "100 docs × 10 clients", documents: 100, clientsPerDocument: 10, writersPerDocument: 1, editIntervalMs: 200 },
];

export const CLUSTER_DEFAULTS = {
  runs: 3,
  /** Kept short, so that the cluster benchmark runs in a few minutes. */
  durationS: 10,
};
