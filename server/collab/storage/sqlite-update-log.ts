// The update log the server runs on: prepared better-sqlite3 statements on the
// SQLite file Prisma uses (sqlite-log-statements.ts). A commit costs a prepared
// INSERT at the end of the journal table and its fsync (synchronous FULL: a
// commit is on disk when it resolves), not Prisma's query compiler
// (bench/append-cost.ts).
//
// Commits run on the event loop's own connection, which never waits for a
// lock: handing each one to a thread cost more than the commit itself (a
// wake-up each way, and a core to wait for on a busy machine). When another
// connection holds the write lock, the batch goes to a worker thread whose
// connection waits for it, so the event loop never waits; loads, compactions
// and filing the journal under each document run there too.
import { closeSync, fdatasync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packBatch, type LogReply, type LogRequest, type LogResult } from "./sqlite-log-messages";
import { isBusy, SqliteLogStatements } from "./sqlite-log-statements";
import type { AppendItem, StoredDocument, UpdateLog } from "./update-log";

/** A request without its id (distributes over the union). */
type Request = LogRequest extends infer R ? (R extends LogRequest ? Omit<R, "id"> : never) : never;

interface Waiting {
  resolve: (result: LogResult) => void;
  reject: (error: Error) => void;
  /** The worker the request went to: only its end fails the request. */
  worker: Worker;
}

/** The journal is filed under its documents once it holds this many rows… */
const MOVE_AT_ROWS = 2_000;
/** …or this long after a commit left rows in it. */
const MOVE_AFTER_MS = 1_000;

export class SqliteUpdateLog implements UpdateLog {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private closed = false;
  /** The event loop's connection: it commits appends, and never waits for a lock. */
  private readonly direct: SqliteLogStatements;
  /** The WAL file, synced after each of the direct connection's commits. */
  private readonly walFd: number;
  /** Appends handed to the worker and not done: later ones follow them there, in order. */
  private viaWorker = 0;
  private journalRows: number;
  private moveTimer: NodeJS.Timeout | null = null;
  private moving = false;
  /** WAL syncs under way: the file is closed only after them. */
  private readonly syncs = new Set<Promise<void>>();

  constructor(private readonly file: string) {
    // Started now, so that the first document's load does not wait for it.
    this.start();
    this.direct = new SqliteLogStatements(file, { waitForLock: false });
    // What a process that stopped left in the journal is filed soon.
    this.journalRows = this.direct.journalLength();
    // That read opened the WAL, which stays while any connection is open:
    // SQLite removes it only when the last one closes.
    this.walFd = openSync(`${file}-wal`, "r");
    this.scheduleMove();
  }

  async load(name: string): Promise<StoredDocument | null> {
    const result = await this.request({ op: "load", name });
    if (result !== null && typeof result === "object") return result;
    return null;
  }

  async createIfMissing(name: string, snapshot: Uint8Array): Promise<void> {
    await this.request({ op: "create", name, snapshot });
  }

  async append(items: AppendItem[]): Promise<void> {
    if (items.length === 0) return;
    if (this.closed) throw new Error("the update log is closed");
    if (this.viaWorker === 0 && this.appendDirect(items)) {
      await this.syncWal();
    } else {
      const { batch, buffer } = packBatch(items);
      this.viaWorker += 1;
      try {
        await this.request({ op: "append", batch }, [buffer]);
      } finally {
        this.viaWorker -= 1;
      }
    }
    this.journalRows += items.length;
    this.scheduleMove();
  }

  async compact(name: string, snapshot: Uint8Array): Promise<number> {
    const result = await this.request({ op: "compact", name, snapshot });
    // A compaction files the whole journal first (and runs between appends).
    this.journalRows = 0;
    return typeof result === "number" ? result : 0;
  }

  /** Closes the connections once every request sent before is done. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.moveTimer) clearTimeout(this.moveTimer);
    this.moveTimer = null;
    this.direct.close();
    await Promise.allSettled([...this.syncs]);
    closeSync(this.walFd);
    if (!this.worker) return;
    const worker = this.worker;
    await this.send({ op: "close" }, worker).catch(() => undefined);
    await worker.terminate();
  }

  /** Commits on the event loop's connection; false when another connection
   * holds the write lock (nothing was written). */
  private appendDirect(items: AppendItem[]): boolean {
    try {
      this.direct.append(items);
      return true;
    } catch (error) {
      if (isBusy(error)) return false;
      throw error;
    }
  }

  /** Syncs the WAL file, what synchronous FULL does in the commit, on libuv's
   * thread pool: the event loop goes on meanwhile. */
  private syncWal(): Promise<void> {
    const sync = new Promise<void>((resolve, reject) => fdatasync(this.walFd, (error) => (error ? reject(error) : resolve())));
    this.syncs.add(sync);
    const done = (): void => void this.syncs.delete(sync);
    sync.then(done, done);
    return sync;
  }

  private scheduleMove(): void {
    if (this.moving || this.closed || this.journalRows === 0) return;
    if (this.journalRows >= MOVE_AT_ROWS) void this.move();
    else this.moveTimer ??= setTimeout(() => void this.move(), MOVE_AFTER_MS).unref();
  }

  /** Files the journal under its documents, in the worker: meanwhile the event
   * loop's appends find the lock taken and follow it there. */
  private async move(): Promise<void> {
    if (this.moveTimer) clearTimeout(this.moveTimer);
    this.moveTimer = null;
    if (this.moving || this.closed) return;
    this.moving = true;
    try {
      const moved = await this.request({ op: "move" });
      if (typeof moved === "number") this.journalRows = Math.max(0, this.journalRows - moved);
    } catch {
      // The rows stay in the journal, read with their documents; the next append tries again.
      return;
    } finally {
      this.moving = false;
    }
    this.scheduleMove();
  }

  private request(request: Request, transfer: ArrayBuffer[] = []): Promise<LogResult> {
    if (this.closed) return Promise.reject(new Error("the update log is closed"));
    return this.send(request, this.worker ?? this.start(), transfer);
  }

  private send(request: Request, worker: Worker, transfer: ArrayBuffer[] = []): Promise<LogResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker });
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  private start(): Worker {
    const worker = startWorker(this.file);
    // The server's own handles keep the process alive, not the log.
    worker.unref();
    worker.on("message", (reply: LogReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(Object.assign(new Error(reply.message), { code: reply.code }));
    });
    // A worker can end with "error" and then "exit", the second after a new
    // worker has taken requests: each fails only what was sent to it.
    const failed = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiting] of this.waiting) {
        if (waiting.worker !== worker) continue;
        this.waiting.delete(id);
        waiting.reject(error);
      }
    };
    worker.on("error", failed);
    worker.on("exit", (code) => failed(new Error(`the update log's worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}

/** Compiled (dist/server/, scripts/build-server.ts), the worker is the bundle
 * beside this one. From source, it runs the TypeScript source, as this process
 * does, through tsx's ESM loader (registered in the worker: a worker does not
 * inherit it). */
function startWorker(file: string): Worker {
  if (import.meta.url.endsWith(".js")) return new Worker(new URL("./sqlite-log-worker.js", import.meta.url), { workerData: { file } });
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const entry = new URL("./sqlite-log-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: { file } });
}

/** The file of tsx's "tsx/esm/api" for import (require.resolve would give its CommonJS twin). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import?: { default?: string } }> };
  const entry = exports["./esm/api"]?.import?.default;
  if (!entry) throw new Error("tsx does not export tsx/esm/api for import");
  return path.join(path.dirname(manifest), entry);
}
