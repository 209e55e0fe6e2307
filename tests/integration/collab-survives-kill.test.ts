// The headline promise: an update any peer has received is on disk. The
// standalone server is killed with SIGKILL 0, 100 or 1000 ms after an observer
// has every one of 200 rapid edits — with the observers still connected, or
// after everyone has left (while the document is being unloaded and compacted);
// a new server on the same data finds them all, every time.
import { afterAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import type { Db } from "@/server/db/client";
import { killAllCollabProcesses, startCollabProcess } from "../helpers/collab-process";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock, firstToReach, type StockClient } from "../helpers/stock-client";
import { createSqliteTestDb } from "../helpers/test-db";

const SECRET = "kill-test-secret-that-is-long-enough-42";
const EDITS = 200;
/** A case's own limit: it waits for readiness signals only, and for its turn
 * (vitest's maxConcurrency, the start slots) before its time starts. */
const CASE_LIMIT_MS = 90_000;
const edit = (index: number): string => `<${index}>`;

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await killAllCollabProcesses();
  for (const cleanup of cleanups) await cleanup();
});

/** One data folder per case: its own database, with a slow disk for the last edit. */
async function dataFolder(): Promise<{ dir: string; db: Db }> {
  const { dir, db, cleanup } = createSqliteTestDb();
  cleanups.push(cleanup);
  // The last edit's commit takes a while, so that an update passed on to a
  // peer before its commit would be lost to the kill.
  await db.$executeRawUnsafe(`CREATE TRIGGER "slow_last_append" AFTER INSERT ON "CollabUpdateJournal"
    WHEN instr(NEW."data", CAST('${edit(EDITS - 1)}' AS BLOB)) > 0 BEGIN
    SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i FROM n);
  END`);
  return { dir, db };
}

const hasEvery = (doc: Y.Doc): boolean => {
  const text = doc.getText("t").toString();
  for (let index = 0; index < EDITS; index += 1) if (!text.includes(edit(index))) return false;
  return true;
};

const cases = [0, 100, 1000].flatMap((delayMs) => [
  { delayMs, after: `${delayMs} ms`, observers: "connected" as const },
  { delayMs, after: `${delayMs} ms`, observers: "gone" as const },
]);

describe.concurrent("the standalone collaboration server", () => {
  it.each(cases)(
    `keeps all of ${EDITS} rapid edits an observer received when killed with SIGKILL $after later, observers $observers`,
    async ({ delayMs, observers }) => {
      const { dir, db } = await dataFolder();
      const [writer, observer, lateUser] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
      const meeting = await createMeeting(
        db,
        [
          { userId: writer.id, role: "note-taker" },
          { userId: observer.id, role: "viewer" },
          { userId: lateUser.id, role: "reviewer" },
        ],
        { storeMinutes: false },
      );
      const token = (userId: string): string => tokenFor(userId, meeting.docName, 300, SECRET);

      // Compaction runs during the burst; once everyone has left, the document
      // is unloaded (and compacted again) within the kill's window.
      const first = await startCollabProcess(dir, SECRET, { COLLAB_COMPACT_AFTER: "64", COLLAB_IDLE_UNLOAD_MS: "50" });
      const clients: StockClient[] = [];
      const join = (userId: string): StockClient => {
        const client = connectStock(first.url, meeting.docName, token(userId));
        clients.push(client);
        return client;
      };
      const one = join(writer.id);
      const watching = join(observer.id);
      await Promise.all([one.synced, watching.synced]);

      // The late observer joins while the edits stream in, so its first sync is tested too.
      const late = join(lateUser.id);
      const seen = firstToReach([watching.doc, late.doc], hasEvery, CASE_LIMIT_MS);
      const killed = seen.then(() => {
        const kill = (): boolean => first.child.kill("SIGKILL");
        if (observers === "gone") for (const client of clients) client.destroy();
        if (delayMs === 0) kill();
        else setTimeout(kill, delayMs);
      });
      const text = one.doc.getText("t");
      for (let index = 0; index < EDITS; index += 1) {
        if (index % 3 === 2) text.insert(0, edit(index));
        else text.insert(text.length, edit(index));
      }
      const written = text.toString();
      await killed;
      expect(await first.exit).toEqual({ code: null, signal: "SIGKILL" });
      for (const client of clients) client.destroy();

      const second = await startCollab(db, { secret: SECRET });
      try {
        const fresh = connectStock(second.url, meeting.docName, token(observer.id));
        await fresh.synced;
        const stored = fresh.doc.getText("t").toString();
        expect([...Array(EDITS).keys()].filter((index) => !stored.includes(edit(index)))).toEqual([]);
        expect(stored).toBe(written);
        // The minutes' template was stored once, on the first load.
        expect(fresh.doc.getXmlFragment("default").length).toBeGreaterThan(0);
        fresh.destroy();
      } finally {
        await second.close();
      }
    },
    // Each case starts, kills and restarts a server: a few seconds on an idle
    // machine, much more on a loaded one.
    CASE_LIMIT_MS,
  );
});
