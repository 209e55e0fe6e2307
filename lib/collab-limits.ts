// What one connection, one address and one document may cost the collaboration
// server, and how it keeps documents, with defaults generous enough for several
// people typing fast in one document. Named once here, below both their users:
// server/config.ts reads each from the environment (README, "Limits"), and
// server/collab falls back on them when it is built without a configuration.

export interface CollabLimits {
  /** A larger WebSocket frame closes its connection with 1009. */
  maxMessageBytes: number;
  /** Sync messages (updates, sync steps, awareness queries) a connection may send per second. */
  updatesPerSecond: number;
  /** Bytes of any message a connection may send per second. */
  bytesPerSecond: number;
  /** Awareness (presence) messages a connection may send per second; beyond it only the latest is kept. */
  awarenessPerSecond: number;
  /** Bursts of this many seconds' worth of each rate above pass at once. */
  burstSeconds: number;
  /** New connections one IP address may open per minute (refused with HTTP 429 beyond it). */
  connectionsPerIpPerMinute: number;
  /** Presence entries one document holds at most. */
  maxAwarenessEntries: number;
  /** Bytes sent to one connection that it has not read yet; a connection with
   * more waiting when something else is to be sent is closed (4508). */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: CollabLimits = {
  maxMessageBytes: 1024 * 1024,
  updatesPerSecond: 100,
  bytesPerSecond: 1024 * 1024,
  awarenessPerSecond: 30,
  burstSeconds: 5,
  connectionsPerIpPerMinute: 600,
  maxAwarenessEntries: 500,
  maxBufferedBytes: 4 * 1024 * 1024,
};

/** How the collaboration server keeps documents, when nothing else is configured. */
export const COLLAB_DEFAULTS = {
  /** A document with no connections is unloaded after this long. */
  idleUnloadMs: 30_000,
  /** A document's update log is compacted into a snapshot after this many updates. */
  compactAfter: 500,
  /** Each connection is pinged this often; one that did not answer the last ping is closed. */
  pingIntervalMs: 10_000,
} as const;
