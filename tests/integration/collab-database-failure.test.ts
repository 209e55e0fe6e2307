// When the database fails, nothing is passed on as if it were saved: the
// writer's edits wait on the server and in the client, whose indicator says
// "unsaved", and arrive everywhere once the database is back. A document that
// cannot be loaded is refused (503), and nothing is written over it.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedUpdateCount } from "../helpers/collab-inspect";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { failCollabWrites, restoreCollabWrites } from "../helpers/collab-writes-fail";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { rawSocket, refusalStatus } from "../helpers/raw-client";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";
import { expectNothingPassedOnUntilSaved, saveFailureLogger } from "../helpers/unsaved-while-saving-fails";

const saveFailures: unknown[] = [];

const t = collabOnPort0({
  idleUnloadMs: 20,
  logger: saveFailureLogger(saveFailures),
});

const failWrites = (): Promise<void> => failCollabWrites(t.db);
const restoreWrites = (): Promise<void> => restoreCollabWrites(t.db);

const text = (doc: { getText: (name: string) => { toString: () => string } }): string => doc.getText("t").toString();

describe("while the database refuses writes", () => {
  it("passes nothing on, the writer's indicator says unsaved, and nothing is lost once it is back", async () => {
    await expectNothingPassedOnUntilSaved({
      db: t.db,
      serverUrl: t.url,
      saveFailures,
      fail: failWrites,
      recover: restoreWrites,
    });
  });
});

describe("a document that cannot be loaded", () => {
  async function storedWithContent(): Promise<{ docName: string; writerId: string }> {
    const meeting = await createMeetingWithMembers(t.db, ["note-taker"]);
    const writer = connectStock(t.url, meeting.docName, tokenFor(meeting.members[0].id, meeting.docName));
    await writer.synced;
    writer.doc.getText("t").insert(0, "stored words");
    const check = connectStock(t.url, meeting.docName, tokenFor(meeting.members[0].id, meeting.docName));
    await docReaches(check.doc, (doc) => text(doc) === "stored words");
    destroyAllStockClients();
    await eventually(() => expect(t.collab.registry.size).toBe(0));
    return { docName: meeting.docName, writerId: meeting.members[0].id };
  }

  async function storedState(docName: string): Promise<{ snapshot: Buffer; rows: number }> {
    const row = await t.db.collabDocument.findUniqueOrThrow({ where: { name: docName } });
    return { snapshot: Buffer.from(row.snapshot), rows: await storedUpdateCount(t.db, docName) };
  }

  it("is refused with 503 while reading it fails, and loads unchanged once reading works again", async () => {
    const { docName, writerId } = await storedWithContent();
    const before = await storedState(docName);
    await t.db.$executeRawUnsafe(`ALTER TABLE "CollabUpdate" RENAME TO "CollabUpdateUnreadable"`);
    try {
      expect(await refusalStatus(rawSocket(t.url, docName, tokenFor(writerId, docName)))).toBe(503);
      expect(t.collab.registry.size).toBe(0);
    } finally {
      await t.db.$executeRawUnsafe(`ALTER TABLE "CollabUpdateUnreadable" RENAME TO "CollabUpdate"`);
    }
    expect(await storedState(docName)).toEqual(before);
    const again = connectStock(t.url, docName, tokenFor(writerId, docName));
    await again.synced;
    expect(text(again.doc)).toBe("stored words");
  });

  it("is refused with 503 when its stored state cannot be decoded, and what is stored is left as it is", async () => {
    const { docName, writerId } = await storedWithContent();
    await t.db.collabDocument.update({ where: { name: docName }, data: { snapshot: Uint8Array.of(1, 200, 7, 7) } });
    const before = await storedState(docName);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await refusalStatus(rawSocket(t.url, docName, tokenFor(writerId, docName)))).toBe(503);
    }
    expect(t.collab.registry.size).toBe(0);
    expect(await storedState(docName)).toEqual(before);
  });

  it("is refused with 503, and nothing is stored, when its first content cannot be made", async () => {
    const failing = await startCollab(t.db, { initialState: () => Promise.reject(new Error("no template")) });
    try {
      const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"], { storeMinutes: false });
      expect(await refusalStatus(rawSocket(failing.url, docName, tokenFor(members[0].id, docName)))).toBe(503);
      expect(await t.db.collabDocument.count({ where: { name: docName } })).toBe(0);
      expect(failing.collab.registry.size).toBe(0);
    } finally {
      await failing.close();
    }
  });
});
