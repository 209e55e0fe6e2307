// The update log the server runs on: prepared better-sqlite3 statements on the
// SQLite file Prisma uses (sqlite-log-statements.ts), run in a worker thread of
// their own. A commit costs a prepared INSERT, not Prisma's query compiler
// (bench/append-cost.ts), and its fsync (synchronous FULL: a commit is on disk
// when it resolves) and any wait for another connection's write lock happen
// off the event loop: the server goes on receiving and passing on meanwhile,
// and what arrives meanwhile is committed by the next write.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packBatch, type LogReply, type LogRequest, type LogResult } from "./sqlite-log-messages";
import type { AppendItem, StoredDocument, UpdateLog } from "./update-log";

/** A request without its id (distributes over the union). */
type Request = LogRequest extends infer R ? (R extends LogRequest ? Omit<R, "id"> : never) : never;

interface Waiting {
  resolve: (result: LogResult) => void;
  reject: (error: Error) => void;
}

export class SqliteUpdateLog implements UpdateLog {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly file: string) {
    // Started now, so that the first document's load does not wait for it.
    this.start();
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
    const { batch, buffer } = packBatch(items);
    await this.request({ op: "append", batch }, [buffer]);
  }

  async compact(name: string, snapshot: Uint8Array): Promise<number> {
    const result = await this.request({ op: "compact", name, snapshot });
    return typeof result === "number" ? result : 0;
  }

  /** Closes the connection once every request sent before is done. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.worker) return;
    const worker = this.worker;
    await this.send({ op: "close" }, worker).catch(() => undefined);
    await worker.terminate();
  }

  private request(request: Request, transfer: ArrayBuffer[] = []): Promise<LogResult> {
    if (this.closed) return Promise.reject(new Error("the update log is closed"));
    return this.send(request, this.worker ?? this.start(), transfer);
  }

  private send(request: Request, worker: Worker, transfer: ArrayBuffer[] = []): Promise<LogResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
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
    const failed = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on("error", failed);
    worker.on("exit", (code) => failed(new Error(`the update log's worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}

/** The worker runs the TypeScript source, as this process does, through tsx's
 * ESM loader (registered in the worker: a worker does not inherit it). */
function startWorker(file: string): Worker {
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
