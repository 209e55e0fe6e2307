// The update log commits on the event loop's own SQLite connection, which never
// waits for a lock: while another connection holds the database's write lock,
// commits go to the log's worker thread, whose connection waits for it. When
// that connection is really lost — the worker, and the SQLite connection in
// it, ended as a crash would end them — nothing is passed on as if it were
// saved: the writer's edits wait on the server and in the client, whose
// indicator says "unsaved". The log opens a new connection (a new worker) for
// its next request; while those are lost too, the same holds, and once one
// lives and the lock is released, everything arrives everywhere and is stored.
import type { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SqliteUpdateLog } from "@/server/collab/storage/sqlite-update-log";
import { startCollab, type RunningCollab } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { destroyAllStockClients } from "../helpers/stock-client";
import { createSqliteTestDb, type SqliteTestDb } from "../helpers/test-db";
import { expectNothingPassedOnUntilSaved, saveFailureLogger } from "../helpers/unsaved-while-saving-fails";
import { watchWorkerThreads, type WorkerThreadWatch } from "../helpers/worker-threads";

let t: SqliteTestDb;
let server: RunningCollab;
let log: SqliteUpdateLog;
let workers: WorkerThreadWatch;
/** While true, every worker the log starts is ended as soon as it is created. */
let connectionsFail = false;
const saveFailures: unknown[] = [];

beforeAll(async () => {
  t = createSqliteTestDb();
  workers = watchWorkerThreads((worker) => {
    if (connectionsFail) queueMicrotask(() => void worker.terminate());
  });
  log = new SqliteUpdateLog(t.file);
  server = await startCollab(t.db, {
    updateLog: log,
    logger: saveFailureLogger(saveFailures),
  });
});
afterEach(() => destroyAllStockClients());
afterAll(async () => {
  connectionsFail = false;
  await server.close();
  await log.close();
  workers.stop();
  await t.cleanup();
});

function exited(worker: Worker): Promise<number> {
  return new Promise((resolve) => worker.once("exit", resolve));
}

describe("when the update log's connection is lost", () => {
  it("passes nothing on, the writer's indicator says unsaved, and nothing is lost once a new connection lives", async () => {
    const other = new Database(t.file);
    let startedWhileLost = 0;
    try {
      await expectNothingPassedOnUntilSaved({
        db: t.db,
        serverUrl: server.url,
        saveFailures,
        fail: async () => {
          // Another connection takes the write lock: the log's commits go to its worker.
          other.exec("BEGIN IMMEDIATE");
          // The log runs on one worker so far; it ends, its SQLite connection with it.
          expect(workers.started).toHaveLength(1);
          const [first] = workers.started;
          if (!first) throw new Error("the log started no worker");
          connectionsFail = true;
          const firstExit = exited(first);
          await first.terminate();
          expect(await firstExit).toBe(1);
        },
        // Each attempt was on a new connection, lost in turn.
        whileFailing: () => expect(workers.started.length).toBeGreaterThanOrEqual(3),
        recover: async () => {
          // The next connection lives, and waits for the lock; then the lock is released.
          startedWhileLost = workers.started.length;
          connectionsFail = false;
          await eventually(() => expect(workers.started.length).toBe(startedWhileLost + 1), 10_000);
          other.exec("COMMIT");
        },
      });
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
    }
    // On a connection of its own, started after the lost ones.
    expect(workers.started.length).toBe(startedWhileLost + 1);
  });
});
