// The update log on PostgreSQL: prepared statements (pg-log-statements.ts) on
// a small pg pool of its own, beside Prisma's, to the same database and
// schema, with the same settings (server/db/postgres-url.ts: synchronous
// commit, the URL's schema on the search path). A commit is one statement,
// one round trip, with no query compiler on the way: through Prisma it cost
// ten times the CPU (bench/postgres-append-cost.ts). The log is shared by
// every node of a cluster: a compaction keeps what any node appended (it
// applies the stored rows it drops to the snapshot) and runs on one node at a
// time per document (an advisory lock).
import pg from "pg";
import * as Y from "yjs";
import { pgConnection } from "@/server/db/postgres-url";
import { statements, type LoadRow } from "./pg-log-statements";
import type { AppendItem, StoredDocument, UpdateLog } from "./update-log";

/** Appends run one at a time (update-writer.ts); the rest are loads and compactions. */
const POOL_SIZE = 4;
/** How long a statement waits for a connection before it fails (the writer retries). */
const CONNECT_TIMEOUT_MS = 10_000;

export class PgUpdateLog implements UpdateLog {
  private readonly pool: pg.Pool;

  /** `databaseUrl`: a PostgreSQL DATABASE_URL in Prisma's form (`?schema=`). */
  constructor(databaseUrl: string) {
    const { connectionString, options } = pgConnection(databaseUrl);
    this.pool = new pg.Pool({
      connectionString,
      options,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Kept open while the server runs, so that a commit never waits for a new
      // connection nor prepares its statement again.
      idleTimeoutMillis: 0,
    });
    // An idle connection that drops leaves the pool; the next statement opens
    // another, or fails, and its caller hears of that.
    this.pool.on("error", () => undefined);
  }

  async load(name: string): Promise<StoredDocument | null> {
    const { rows } = await this.pool.query<LoadRow>(statements.load(name));
    return storedDocument(rows);
  }

  async createIfMissing(name: string, snapshot: Uint8Array): Promise<void> {
    await this.pool.query(statements.create(name, snapshot));
  }

  async append(items: AppendItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.pool.query(statements.append(items));
  }

  async compact(name: string, snapshot: Uint8Array): Promise<number> {
    return this.transaction(async (client) => {
      // Its own statement, before the read: at READ COMMITTED the read then
      // sees everything the node that held the lock before committed.
      await client.query(statements.compactTurn(name));
      const { rows } = await client.query<LoadRow>(statements.load(name));
      const [document, ...logged] = rows.filter((row) => row.part < 3);
      const updates = logged.flatMap((row) => (row.data === null ? [] : [row.data]));
      if (document?.part !== 0 || document.data === null || updates.length === 0) return 0;
      // Another node's updates this node has not received yet are kept too.
      const kept = mergeIntoSnapshot(snapshot, [document.data, ...updates]);
      // The rows read, by id: a row another node commits meanwhile may have a lower id than the last read.
      const idsOf = (part: number): number[] => logged.filter((row) => row.part === part).map((row) => row.id);
      const written = await client.query<{ removed: string }>(statements.compactWrite(name, kept, idsOf(1), idsOf(2)));
      return Number(written.rows[0]?.removed ?? 0);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs `work` in a transaction on one connection: committed if it resolves, rolled back if it throws. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection that drops while held here fails the statement it runs; the
    // event itself must not go unheard (it would end the process).
    let lost: Error | undefined;
    const onError = (error: Error): void => {
      lost = error;
    };
    client.on("error", onError);
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((rollbackFailed: unknown) => {
        lost ??= rollbackFailed instanceof Error ? rollbackFailed : new Error(String(rollbackFailed));
      });
      throw error;
    } finally {
      client.off("error", onError);
      // A connection in doubt is closed, not handed to the next statement.
      client.release(lost);
    }
  }
}

/** The stored document from the load statement's rows, or null if it was never stored. */
function storedDocument(rows: LoadRow[]): StoredDocument | null {
  const [first] = rows;
  if (first?.part !== 0 || first.data === null) return null;
  const updates: Uint8Array[] = [];
  const authors: Array<[number, string]> = [];
  for (const row of rows) {
    if ((row.part === 1 || row.part === 2) && row.data !== null) updates.push(row.data);
    if (row.part === 3 && row.clientId !== null && row.userId !== null) authors.push([Number(row.clientId), row.userId]);
  }
  return { snapshot: first.data, updates, authors };
}

/** `snapshot` with whatever of `updates` it lacks. Applied to a document, not
 * Y.mergeUpdates: merging grows with the square of the updates' count (20,000
 * keystrokes took 11 s, past what a compaction may hold its transaction open
 * for), while what `snapshot` already holds is skipped when applied. */
function mergeIntoSnapshot(snapshot: Uint8Array, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      Y.applyUpdate(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
