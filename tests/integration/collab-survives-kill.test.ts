// The headline promise: an update any peer has received is on disk. The
// standalone server is killed with SIGKILL the moment the observers have every
// edit; a new server on the same data finds them all.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { openDb, type Db } from "../../server/db/client";
import { migrateSqlite } from "../../server/db/migrate";
import { killAllCollabProcesses, startCollabProcess } from "../helpers/collab-process";
import { tokenFor } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock, destroyAllStockClients, firstToReach } from "../helpers/stock-client";
import { ROOT } from "../helpers/test-db";

const SECRET = "kill-test-secret-that-is-long-enough-42";
const EDITS = 200;
const edit = (index: number): string => `<${index}>`;

let dataDir: string;
let db: Db;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "kateb-kill-"));
  const file = path.join(dataDir, "kateb.db");
  migrateSqlite(file, path.join(ROOT, "prisma", "migrations"));
  db = openDb(`file:${file}`);
  // A slow disk when the last edit is written: its commit takes a while, so that
  // an update passed on to a peer before its commit would be lost to the kill.
  await db.$executeRawUnsafe(`CREATE TRIGGER "slow_last_append" AFTER INSERT ON "CollabUpdate"
    WHEN instr(NEW."data", CAST('${edit(EDITS - 1)}' AS BLOB)) > 0 BEGIN
    SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) SELECT i FROM n);
  END`);
});
afterAll(async () => {
  destroyAllStockClients();
  await killAllCollabProcesses();
  await db.$disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});

const hasEvery = (doc: Y.Doc): boolean => {
  const text = doc.getText("t").toString();
  for (let index = 0; index < EDITS; index += 1) if (!text.includes(edit(index))) return false;
  return true;
};

describe("the standalone collaboration server", () => {
  it(`keeps all of ${EDITS} rapid edits that observers received when it is killed with SIGKILL`, async () => {
    const writer = await createUser(db);
    const observer = await createUser(db);
    const lateUser = await createUser(db);
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

    const first = await startCollabProcess(dataDir, SECRET);
    const one = connectStock(first.url, meeting.docName, token(writer.id));
    const watching = connectStock(first.url, meeting.docName, token(observer.id));
    await Promise.all([one.synced, watching.synced]);

    // Kill the moment either observer has every edit: not a tick later. The
    // late one joins while the edits stream in, so its first sync is tested too.
    const late = connectStock(first.url, meeting.docName, token(lateUser.id));
    const killed = firstToReach([watching.doc, late.doc], hasEvery, 20_000).then(() => {
      first.child.kill("SIGKILL");
    });
    const text = one.doc.getText("t");
    for (let index = 0; index < EDITS; index += 1) {
      if (index % 3 === 2) text.insert(0, edit(index));
      else text.insert(text.length, edit(index));
    }
    await killed;
    await first.exited;
    destroyAllStockClients();

    const second = await startCollabProcess(dataDir, SECRET);
    const fresh = connectStock(second.url, meeting.docName, token(observer.id));
    await fresh.synced;
    const missing = [...Array(EDITS).keys()].filter((index) => !fresh.doc.getText("t").toString().includes(edit(index)));
    expect(missing).toEqual([]);
    expect(fresh.doc.getText("t").toString()).toBe(text.toString());
    // The minutes' template was stored once, on the first load.
    expect(fresh.doc.getXmlFragment("default").length).toBeGreaterThan(0);
    await second.kill();
  });
});
