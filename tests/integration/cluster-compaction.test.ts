// Compaction on a cluster's PostgreSQL (issue #18): a node compacts a
// document's log with the state it holds in memory, which may lack what
// another node committed a moment ago (still on its way through Redis). The
// compaction keeps it: it merges every row it drops into the snapshot, and
// drops only the rows it read. Two nodes compacting at once take turns.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import * as Y from "yjs";
import { PgUpdateLog } from "@/server/collab/storage/pg-update-log";
import { storedDoc, storedUpdateCount } from "../helpers/collab-inspect";
import { createMeetingWithMembers } from "../helpers/factories";
import { createPostgresTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createPostgresTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

/** An update of `doc` that appends `words` to its text "t". */
function typed(doc: Y.Doc, words: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText("t").insert(doc.getText("t").length, words);
  return Y.encodeStateAsUpdate(doc, before);
}

describe("compacting a document two nodes write", () => {
  it("keeps what the other node committed that this node has not received, and takes turns", async () => {
    const { docName, members } = await createMeetingWithMembers(testDb.db, ["note-taker", "note-taker"]);
    // Each node's log, on its own connections.
    const nodeA = new PgUpdateLog(testDb.url);
    const nodeB = new PgUpdateLog(testDb.url);
    onTestFinished(async () => {
      await Promise.all([nodeA.close(), nodeB.close()]);
    });
    await nodeA.createIfMissing(docName, Y.encodeStateAsUpdate(new Y.Doc()));

    const onA = new Y.Doc();
    const onB = new Y.Doc();
    await nodeA.append([{ docName, update: typed(onA, "از گره نخست؛"), authorId: members[0].id, claims: [onA.clientID] }]);
    await nodeB.append([{ docName, update: typed(onB, "از گره دوم؛"), authorId: members[1].id, claims: [onB.clientID] }]);

    // A compacts with its memory: its own line only. Twice at once, as two nodes might.
    const removed = await Promise.all([
      nodeA.compact(docName, Y.encodeStateAsUpdate(onA)),
      nodeB.compact(docName, Y.encodeStateAsUpdate(onB)),
    ]);
    expect(removed.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await storedUpdateCount(testDb.db, docName)).toBe(0);
    const text = (await storedDoc(testDb.db, docName)).getText("t").toString();
    expect(text).toContain("از گره نخست؛");
    expect(text).toContain("از گره دوم؛");
  });
});
