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
import { SqliteUpdateLog } from "../../server/collab/sqlite-update-log";
import { storedDoc } from "../helpers/collab-inspect";
import { startCollab, tokenFor, type RunningCollab } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { connectTracked } from "../helpers/tracked-client";
import { watchWorkerThreads, type WorkerThreadWatch } from "../helpers/worker-threads";

let t: TestDb;
let server: RunningCollab;
let log: SqliteUpdateLog;
let workers: WorkerThreadWatch;
/** While true, every worker the log starts is ended as soon as it is created. */
let connectionsFail = false;
const saveFailures: unknown[] = [];

beforeAll(async () => {
  t = createTestDb();
  workers = watchWorkerThreads((worker) => {
    if (connectionsFail) queueMicrotask(() => void worker.terminate());
  });
  log = new SqliteUpdateLog(t.file);
  server = await startCollab(t.db, {
    updateLog: log,
    logger: {
      info: () => undefined,
      error: (message, error) => {
        if (message.startsWith("saving updates failed")) saveFailures.push(error);
      },
    },
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

const text = (doc: { getText: (name: string) => { toString: () => string } }): string => doc.getText("t").toString();

function exited(worker: Worker): Promise<number> {
  return new Promise((resolve) => worker.once("exit", resolve));
}

describe("when the update log's connection is lost", () => {
  it("passes nothing on, the writer's indicator says unsaved, and nothing is lost once a new connection lives", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const writer = connectTracked(server.url, docName, tokenFor(members[0].id, docName));
    const observer = connectStock(server.url, docName, tokenFor(members[1].id, docName));
    await Promise.all([writer.synced, observer.synced]);
    writer.doc.getText("t").insert(0, "saved;");
    await docReaches(observer.doc, (doc) => text(doc) === "saved;");
    await eventually(() => expect(writer.unsaved).toBe(false));

    // Another connection takes the write lock: the log's commits go to its worker.
    const other = new Database(t.file);
    other.exec("BEGIN IMMEDIATE");
    // The log runs on one worker so far; it ends, its SQLite connection with it.
    expect(workers.started).toHaveLength(1);
    const [first] = workers.started;
    if (!first) throw new Error("the log started no worker");
    connectionsFail = true;
    const firstExit = exited(first);
    await first.terminate();
    expect(await firstExit).toBe(1);

    const failuresBefore = saveFailures.length;
    for (const word of [" one", " two", " three"]) writer.doc.getText("t").insert(text(writer.doc).length, word);
    expect(writer.unsaved).toBe(true);
    // The first attempt and a retry failed, each on a new connection that was lost
    // in turn: all that time, nothing was passed on.
    await eventually(() => expect(saveFailures.length).toBeGreaterThanOrEqual(failuresBefore + 2));
    expect(workers.started.length).toBeGreaterThanOrEqual(3);
    expect(text(observer.doc)).toBe("saved;");
    expect(writer.unsaved).toBe(true);
    expect(text(await storedDoc(t.db, docName))).toBe("saved;");

    // The writer's connection drops meanwhile; what it typed stays unsaved, and
    // one more edit is made offline.
    writer.provider.disconnect();
    writer.doc.getText("t").insert(text(writer.doc).length, " four");
    writer.provider.connect();
    // A newcomer is not answered with what is not on disk.
    const newcomer = connectStock(server.url, docName, tokenFor(members[1].id, docName));
    await eventually(() => expect(writer.provider.wsconnected).toBe(true));
    expect(writer.unsaved).toBe(true);
    expect(text(observer.doc)).toBe("saved;");
    expect(newcomer.provider.synced).toBe(false);

    // The next connection lives, and waits for the lock; then the lock is released.
    const startedWhileLost = workers.started.length;
    connectionsFail = false;
    await eventually(() => expect(workers.started.length).toBe(startedWhileLost + 1), 10_000);
    expect(text(observer.doc)).toBe("saved;");
    other.exec("COMMIT");
    other.close();
    const everything = "saved; one two three four";
    await docReaches(observer.doc, (doc) => text(doc) === everything);
    await newcomer.synced;
    expect(text(newcomer.doc)).toBe(everything);
    await eventually(() => expect(writer.unsaved).toBe(false));
    expect(text(await storedDoc(t.db, docName))).toBe(everything);
    // On a connection of its own, started after the lost ones.
    expect(workers.started.length).toBe(startedWhileLost + 1);
  });
});
