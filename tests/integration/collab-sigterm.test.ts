// SIGTERM stops a Kateb process cleanly within 5 s, whichever entry point runs
// it (server/collab/main.ts on its own, or server/main.ts with Next.js):
// everything the server accepted is committed — even what was waiting for a
// database that had been failing — reaches every peer, and is acknowledged to
// its sender before each connection is closed with 1001; then it exits 0.
// When the database still fails, it exits 1 in time and the clients keep
// their edits for the next server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CloseCode, meetingDocName } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { storedDoc } from "../helpers/collab-inspect";
import { killAllCollabProcesses, startCollabProcess, type CollabProcess } from "../helpers/collab-process";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { RawPeer } from "../helpers/raw-peer";
import { closeAllRawSockets } from "../helpers/raw-client";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";
import { createSqliteTestDb } from "../helpers/test-db";
import { connectTracked } from "../helpers/tracked-client";

const SECRET = "sigterm-test-secret-that-is-long-enough-7";
const EDITS = 200;
const SHUTDOWN_LIMIT_MS = 5_000;
/** Seen from here, a loaded machine may add its own delay to the signal's delivery. */
const SCHEDULING_SLACK_MS = 5_000;

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  destroyAllStockClients();
  closeAllRawSockets();
  await killAllCollabProcesses();
  for (const cleanup of cleanups) await cleanup();
});

interface Target {
  /** ws://…/collab */
  url: string;
  db: Db;
  secret: string;
  docName: string;
  writerId: string;
  observerId: string;
  output: () => string;
  signal: (signal: NodeJS.Signals) => void;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const failWrites = (db: Db): Promise<number> =>
  db.$executeRawUnsafe(`CREATE TRIGGER "collab_disk_fails" BEFORE INSERT ON "CollabUpdateJournal" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
const restoreWrites = (db: Db): Promise<number> => db.$executeRawUnsafe(`DROP TRIGGER "collab_disk_fails"`);
const failedSaves = (target: Target): number => target.output().split("saving updates failed").length - 1;
/** How long the process took to stop once it handled the signal, as it reports it. */
function stoppedIn(target: Target): number {
  const reported = /Stopped in (\d+) ms/.exec(target.output());
  if (!reported) throw new Error(`the process did not report its stop:\n${target.output()}`);
  return Number(reported[1]);
}
const text = (doc: { getText: (name: string) => { toString: () => string } }): string => doc.getText("t").toString();

async function standalone(): Promise<{ target: Target; process: CollabProcess; dir: string }> {
  const { dir, db, cleanup } = createSqliteTestDb();
  cleanups.push(cleanup);
  const meeting = await createMeetingWithMembers(db, ["note-taker", "viewer"]);
  const started = await startCollabProcess(dir, SECRET);
  return {
    process: started,
    dir,
    target: {
      url: started.url,
      db,
      secret: SECRET,
      docName: meeting.docName,
      writerId: meeting.members[0].id,
      observerId: meeting.members[1].id,
      output: started.output,
      signal: (signal) => started.child.kill(signal),
      exit: started.exit,
    },
  };
}

async function wholeApp(): Promise<Target> {
  const app: RunningApp = await startApp();
  cleanups.push(() => app.stop());
  const writer = await app.db.user.findUniqueOrThrow({ where: { email: "notetaker1@kateb.local" } });
  const observer = await app.db.user.findUniqueOrThrow({ where: { email: "viewer@kateb.local" } });
  const membership = await app.db.membership.findFirstOrThrow({ where: { userId: writer.id, role: "note-taker" } });
  return {
    url: `${app.url.replace("http", "ws")}/collab`,
    db: app.db,
    secret: readFileSync(path.join(app.dataDir, "secret"), "utf8").trim(),
    docName: meetingDocName(membership.meetingId),
    writerId: writer.id,
    observerId: observer.id,
    output: app.output,
    signal: app.signal,
    exit: app.exit,
  };
}

/** 200 edits accepted while the database refuses writes; it is back a moment
 * before SIGTERM, too soon for the writer's next retry. */
async function sigtermAfterTheDatabaseIsBack(target: Target): Promise<void> {
  const token = (userId: string): string => tokenFor(userId, target.docName, 300, target.secret);
  const writer = await RawPeer.open(target.url, target.docName, token(target.writerId), { ack: true });
  const observer = await RawPeer.open(target.url, target.docName, token(target.observerId));
  await Promise.all([writer.roundTrip(), observer.roundTrip()]);
  const textBefore = text(observer.doc);

  await failWrites(target.db);
  for (let index = 0; index < EDITS; index += 1) writer.doc.getText("t").insert(text(writer.doc).length, `<${index}>`);
  await writer.roundTrip("awareness"); // the server has every edit in memory, none on disk
  // Failed attempts until the retries are a second or more apart.
  await eventually(() => expect(failedSaves(target)).toBeGreaterThanOrEqual(5), 10_000);
  expect(text(observer.doc)).toBe(textBefore);
  const savedBefore = writer.saved;
  await restoreWrites(target.db);

  const signalled = Date.now();
  target.signal("SIGTERM");
  expect(await target.exit).toEqual({ code: 0, signal: null });
  expect(stoppedIn(target)).toBeLessThan(SHUTDOWN_LIMIT_MS);
  expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_LIMIT_MS + SCHEDULING_SLACK_MS);
  expect(await observer.closed).toEqual({ code: CloseCode.goingAway, reason: "server shutting down" });
  expect(await writer.closed).toEqual({ code: CloseCode.goingAway, reason: "server shutting down" });
  // Every edit reached the observer, and the writer heard each was saved, before the close.
  expect(text(observer.doc)).toBe(text(writer.doc));
  expect(writer.saved).toBe(savedBefore + EDITS);
  expect(text(await storedDoc(target.db, target.docName))).toBe(text(writer.doc));
}

// Three processes, at most as many at once as the machine has cores (vitest's
// maxConcurrency): on a loaded two-core machine each may take well over its usual 10 s.
describe.concurrent("SIGTERM", { timeout: 90_000 }, () => {
  it("stops the standalone collaboration server cleanly, with everything it accepted saved and passed on", async () => {
    await sigtermAfterTheDatabaseIsBack((await standalone()).target);
  });

  it("stops the whole app (server/main.ts) the same way", async () => {
    await sigtermAfterTheDatabaseIsBack(await wholeApp());
  });

  it("while the database still fails: exits 1 in time, and the writer keeps its edits for the next server", async () => {
    const { target } = await standalone();
    const token = (userId: string): string => tokenFor(userId, target.docName, 300, target.secret);
    const writer = connectTracked(target.url, target.docName, token(target.writerId));
    await writer.synced;
    await failWrites(target.db);
    writer.doc.getText("t").insert(0, "typed as the disk failed");
    await eventually(() => expect(failedSaves(target)).toBeGreaterThanOrEqual(1));

    const signalled = Date.now();
    target.signal("SIGTERM");
    expect(await target.exit).toEqual({ code: 1, signal: null });
    expect(stoppedIn(target)).toBeLessThan(SHUTDOWN_LIMIT_MS);
    expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_LIMIT_MS + SCHEDULING_SLACK_MS);
    expect(writer.closeCodes[0]).toBe(CloseCode.goingAway);
    expect(writer.unsaved).toBe(true);

    await restoreWrites(target.db);
    const next = await startCollab(target.db, { secret: target.secret });
    try {
      writer.provider.destroy();
      connectStock(next.url, target.docName, token(target.writerId), writer.doc);
      await eventually(async () => expect(text(await storedDoc(target.db, target.docName))).toBe("typed as the disk failed"));
    } finally {
      destroyAllStockClients();
      await next.close();
    }
  });
});
