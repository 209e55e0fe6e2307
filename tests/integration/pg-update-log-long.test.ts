// PostgreSQL's update log compacts a long log: 20,000 one-keystroke updates
// (a long session whose log was never compacted, say after a crash) are folded
// into the snapshot well within a transaction's time, and the document reads
// exactly as typed afterwards. Folding them with Y.mergeUpdates took 11 s on a
// two-core machine (past Prisma's 5 s for a transaction, when the log ran
// through Prisma: the compaction failed every time and the log kept growing).
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import * as Y from "yjs";
import { PgUpdateLog } from "@/server/collab/storage/pg-update-log";
import { storedDoc, storedUpdateCount } from "../helpers/collab-inspect";
import { createMeetingWithMembers } from "../helpers/factories";
import { createPostgresTestDb, type TestDb } from "../helpers/test-db";

const UPDATES = 20_000;

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createPostgresTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

describe(`a log of ${UPDATES} keystrokes on PostgreSQL`, () => {
  it("is compacted into the snapshot, and the document reads exactly as typed", { timeout: 60_000 }, async () => {
    const { docName } = await createMeetingWithMembers(testDb.db, ["note-taker"], { storeMinutes: false });
    const log = new PgUpdateLog(testDb.url);
    onTestFinished(() => log.close());
    await log.createIfMissing(docName, Y.encodeStateAsUpdate(new Y.Doc()));
    const typist = new Y.Doc();
    const updates: Uint8Array[] = [];
    typist.on("update", (update: Uint8Array) => updates.push(update));
    const text = typist.getText("t");
    for (let index = 0; index < UPDATES; index += 1) text.insert(index % 500 === 499 ? 0 : text.length, String.fromCharCode(0x0627 + (index % 28)));
    for (let start = 0; start < UPDATES; start += 2_000) {
      await log.append(updates.slice(start, start + 2_000).map((update) => ({ docName, update, authorId: null, claims: [] })));
    }

    expect(await log.compact(docName, Y.encodeStateAsUpdate(typist))).toBe(UPDATES);
    expect(await storedUpdateCount(testDb.db, docName)).toBe(0);
    expect((await storedDoc(testDb.db, docName)).getText("t").toString()).toBe(text.toString());
  });
});
