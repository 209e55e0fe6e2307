// The update log is compacted into the snapshot in the background once it has
// grown past `compactAfter`, and nothing is lost in the process.
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc, storedUpdateCount } from "../helpers/collab-inspect";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";

const COMPACT_AFTER = 5;
const EDITS = 20;

const t = collabOnPort0({ compactAfter: COMPACT_AFTER });

describe("the update log", () => {
  it(`is compacted once it holds ${COMPACT_AFTER} updates, and a fresh load still has every edit`, async () => {
    const writer = await createUser(t.db);
    const reader = await createUser(t.db);
    const meeting = await createMeeting(t.db, [
      { userId: writer.id, role: "note-taker" },
      { userId: reader.id, role: "viewer" },
    ]);
    const snapshotBefore = (await t.db.collabDocument.findUniqueOrThrow({ where: { name: meeting.docName } })).snapshot;
    const one = connectStock(t.url, meeting.docName, tokenFor(writer.id, meeting.docName));
    const watcher = connectStock(t.url, meeting.docName, tokenFor(reader.id, meeting.docName));
    await Promise.all([one.synced, watcher.synced]);
    const text = one.doc.getText("t");
    for (let index = 0; index < EDITS; index += 1) text.insert(text.length, `[${index}]`);
    const expected = text.toString();
    await docReaches(watcher.doc, (doc) => doc.getText("t").toString() === expected);

    // Every edit was logged; compaction leaves fewer than COMPACT_AFTER of them.
    await eventually(async () => expect(await storedUpdateCount(t.db, meeting.docName)).toBeLessThan(COMPACT_AFTER));
    const snapshot = (await t.db.collabDocument.findUniqueOrThrow({ where: { name: meeting.docName } })).snapshot;
    expect(Buffer.from(snapshot)).not.toEqual(Buffer.from(snapshotBefore));
    expect((await storedDoc(t.db, meeting.docName)).getText("t").toString()).toBe(expected);

    // A second server loads the document afresh from the snapshot and what is left of the log.
    const other = await startCollab(t.db);
    try {
      const fresh = connectStock(other.url, meeting.docName, tokenFor(reader.id, meeting.docName));
      await fresh.synced;
      expect(fresh.doc.getText("t").toString()).toBe(expected);
      expect(fresh.doc.getXmlFragment("default").toString()).toBe(watcher.doc.getXmlFragment("default").toString());
    } finally {
      destroyAllStockClients();
      await other.close();
    }
  });
});
