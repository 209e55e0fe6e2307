// What the runner asks of the load generator (one scenario per process), and
// what the load generator answers. Both sides are JSON over a file and stdout.
import type { LatencySummary } from "./metrics";
import type { Protocol, ServerName } from "./servers/child-server";

export interface Target {
  server: ServerName;
  protocol: Protocol;
  url: string;
  /** The server's process id, for /proc readings and the durability test's kill. */
  pid: number;
  /** Kateb's secret: its clients sign a new token with it for each connection
   * (a token opens one). Absent for servers without authentication. */
  tokenSecret?: string;
}

/** One document and who opens it: a writer and a reader (servers without
 * authentication ignore them). */
export interface DocAccess {
  name: string;
  writerId: string;
  readerId: string;
}

export interface LoadSpec {
  name: string;
  documents: number;
  clientsPerDocument: number;
  writersPerDocument: number;
  editIntervalMs: number;
}

export type Scenario =
  | {
      kind: "load";
      /** The nodes serving the load: one server, or a cluster's nodes, which the
       * clients of each document are spread over in turn. */
      targets: Target[];
      docs: DocAccess[];
      load: LoadSpec;
      durationMs: number;
      settleMs: number;
      /** Further processes whose CPU the run reads apart (a cluster's Redis). */
      extraPids?: number[];
    }
  | { kind: "idle-documents"; target: Target; docs: DocAccess[]; warmup: number; inspectorUrl: string }
  | {
      kind: "durability-write";
      /** The writer's server, which is killed. */
      target: Target;
      doc: DocAccess;
      edits: number;
      killDelayMs: number;
      /** Where the observer connects: another node of the cluster (by default the writer's server). */
      observerTarget?: Target;
    }
  | { kind: "durability-count"; target: Target; doc: DocAccess; edits: number }
  | {
      kind: "cold-load-write";
      target: Target;
      doc: DocAccess;
      edits: number;
      /** Edits sent between round trips. */
      chunk: number;
      /** A second document, for a server that stores asynchronously with no answer
       * (y-websocket-server): written first, loaded last, it is saved once it loads. */
      flushProbe?: DocAccess;
    }
  | { kind: "cold-load-read"; target: Target; doc: DocAccess; expected: string; timeoutMs: number };

export interface LoadResult {
  kind: "load";
  clients: number;
  syncedClients: number;
  /** From the first connection attempt until every client had synced. */
  connectSyncMs: number;
  /** The same span on the system's monotonic clock (µs). */
  connectMonotonicUs: [number, number];
  editsSent: number;
  expectedDeliveries: number;
  delivered: number;
  latencyMs: LatencySummary;
  /** Deliveries to a client on another node than the writer's, and their latency (null: one node). */
  crossNodeDelivered: number;
  crossNodeLatencyMs: LatencySummary | null;
  /** Server CPU from the start of the edits until the last delivery (or the drain timeout). */
  cpuSeconds: number;
  /** The same per node (one figure for a single server); cpuSeconds is their sum. */
  nodeCpuSeconds: number[];
  /** CPU of the scenario's extraPids in the same window. */
  extraCpuSeconds: number;
  windowMs: number;
  /** The same window on the system's monotonic clock (µs), which CPU profiles also use. */
  windowMonotonicUs: [number, number];
  /** The load generator's own CPU in the window: near the window's length, it was the bottleneck. */
  generatorCpuSeconds: number;
  /** CPU used in the window by every other process of the machine: what the run competed with. */
  otherCpuSeconds: number;
}

export interface IdleDocumentsResult {
  kind: "idle-documents";
  documents: number;
  warmup: number;
  baselineRssKb: number;
  rssKb: number;
  perDocumentKb: number;
  /** The JS heap in use (after the same collections), which RSS follows only loosely. */
  baselineHeapKb: number;
  heapKb: number;
  heapPerDocumentKb: number;
}

export interface DurabilityWriteResult {
  kind: "durability-write";
  observedAll: boolean;
  /** From the first edit until the observer had all of them. */
  observedMs: number;
  /** With an observer on another node: the edits a fresh client found through that node after the kill. */
  survivorFound: number | null;
}

export interface DurabilityCountResult {
  kind: "durability-count";
  found: number;
}

export interface ColdLoadWriteResult {
  kind: "cold-load-write";
  /** The text as the writer left it: what a cold load must show. */
  text: string;
  /** From the first edit until the server had taken (and, where it says so, saved) all of them. */
  writeMs: number;
  /** Bytes of all the updates the edits made, as Yjs encoded them. */
  updateBytes: number;
}

export interface ColdLoadReadResult {
  kind: "cold-load-read";
  /** From the connection attempt until the first sync completed (null: it never did). */
  firstSyncMs: number | null;
  /** From the connection attempt until the text equalled the expected one (null: it never did). */
  loadedMs: number | null;
  /** The length of the text the client had at the end. */
  loadedLength: number;
  /** The same for a second fresh client, the document in memory (the first still connected). */
  warmLoadedMs: number | null;
}

export type ScenarioResult =
  | LoadResult
  | IdleDocumentsResult
  | DurabilityWriteResult
  | DurabilityCountResult
  | ColdLoadWriteResult
  | ColdLoadReadResult;

/** The line the load generator prints its result on. */
export const RESULT_PREFIX = "RESULT ";
