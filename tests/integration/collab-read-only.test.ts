// Viewers and reviewers read the minutes live but can never change them: the
// stock client's sync answers are no violation, a change closes the connection
// with 4403 and is neither applied, stored nor passed on.
import { Buffer } from "node:buffer";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, MessageType } from "@/lib/collab-protocol";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverStateVector, storedUpdateCount, storedWriters, withServerDoc } from "../helpers/collab-inspect";
import { startCollab, tokenFor, tokensFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { closedWith, opened, rawSocket, syncUpdateMessage } from "../helpers/raw-client";
import { connectStock, docReaches, syncedAgain, type StockClient } from "../helpers/stock-client";

const t = collabOnPort0();

const text = (client: StockClient): string => client.doc.getText("t").toString();

function join(docName: string, user: { id: string }, url = t.url, doc?: Y.Doc): StockClient {
  return connectStock(url, docName, tokensFor(user.id, docName), doc);
}

describe.each(["viewer", "reviewer"] as const)("a %s with the stock client", (role) => {
  it("stays connected through the initial sync and receives a note-taker's changes live", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", role]);
    const writer = join(docName, members[0]);
    const reader = join(docName, members[1]);
    await Promise.all([writer.synced, reader.synced]);
    // The reader got the stored minutes in its first sync.
    expect(reader.doc.getXmlFragment("default").length).toBeGreaterThan(0);
    writer.doc.getText("t").insert(0, "زنده live");
    await docReaches(reader.doc, (doc) => doc.getText("t").toString() === "زنده live");
    writer.doc.getText("t").insert(0, "second ");
    await docReaches(reader.doc, (doc) => doc.getText("t").toString() === "second زنده live");
    expect(reader.closes).toBe(0);
    expect(t.collab.connectionCount).toBe(2);
  });

  it("is closed with 4403 when it changes the document, and the change goes nowhere", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", role]);
    const writerA = join(docName, members[0]);
    const writerB = join(docName, members[1]);
    const reader = join(docName, members[2]);
    await Promise.all([writerA.synced, writerB.synced, reader.synced]);
    writerA.doc.getText("t").insert(0, "A");
    await docReaches(reader.doc, (doc) => doc.getText("t").toString() === "A");
    const vectorBefore = await serverStateVector(t.collab, docName);
    const rowsBefore = await storedUpdateCount(t.db, docName);

    reader.doc.getText("t").insert(0, "FORBIDDEN ");
    expect(await reader.closed).toEqual({ code: CloseCode.readOnly, reason: "read-only" });
    expect(Buffer.from(await serverStateVector(t.collab, docName))).toEqual(Buffer.from(vectorBefore));

    // Anything the server had accepted from the reader would reach writer A before this.
    writerB.doc.getText("t").insert(1, "B");
    await docReaches(writerA.doc, (doc) => doc.getText("t").toString() === "AB");
    expect(text(writerB)).toBe("AB");
    expect(await withServerDoc(t.collab, docName, (doc) => doc.getText("t").toString())).toBe("AB");
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore + 1);
    expect(await storedWriters(t.db, docName)).not.toContain(reader.doc.clientID);
  });
});

describe("a viewer with a raw socket", () => {
  const change = (): Uint8Array => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "crafted");
    return Y.encodeStateAsUpdate(doc);
  };
  const asUpdate = (update: Uint8Array): Uint8Array => syncUpdateMessage(update);
  const asSyncStep2 = (update: Uint8Array): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  };

  it.each([
    ["an update message", asUpdate],
    ["a sync step 2 message", asSyncStep2],
  ])("is closed with 4403 when it sends a change as %s", async (_kind, frame) => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["viewer"]);
    const rowsBefore = await storedUpdateCount(t.db, docName);
    const ws = rawSocket(t.url, docName, tokenFor(members[0].id, docName));
    await opened(ws);
    const vectorBefore = await serverStateVector(t.collab, docName);
    const closed = closedWith(ws);
    ws.send(frame(change()));
    expect((await closed).code).toBe(CloseCode.readOnly);
    expect(Buffer.from(await serverStateVector(t.collab, docName))).toEqual(Buffer.from(vectorBefore));
    expect(await withServerDoc(t.collab, docName, (doc) => doc.getText("t").toString())).toBe("");
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore);
  });
});

describe("a viewer reconnecting to a document with deletions", () => {
  it("stays connected: its sync answer only carries deletions the server already has", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const writer = join(docName, members[0]);
    const viewer = join(docName, members[1]);
    await Promise.all([writer.synced, viewer.synced]);
    const t1 = writer.doc.getText("t");
    t1.insert(0, "hello brave new world");
    t1.delete(5, 6); // "hello new world"
    (writer.doc.getXmlFragment("default").get(0) as Y.XmlElement).delete(1, 1); // the template's date line
    t1.delete(0, 1);
    await docReaches(viewer.doc, (doc) => doc.getText("t").toString() === "ello new world");

    viewer.provider.disconnect();
    viewer.provider.connect();
    await syncedAgain(viewer);
    const closes = viewer.closes;
    t1.insert(t1.length, "!");
    await docReaches(viewer.doc, (doc) => doc.getText("t").toString() === "ello new world!");
    expect(viewer.closes).toBe(closes);
    expect(t.collab.connectionCount).toBe(2);
  });

  it("stays connected after the server restarted and reloaded the document from its snapshot", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const writer = join(docName, members[0]);
    const viewer = join(docName, members[1]);
    await Promise.all([writer.synced, viewer.synced]);
    writer.doc.getText("t").insert(0, "one two three");
    writer.doc.getText("t").delete(3, 4);
    writer.doc.getXmlFragment("default").delete(1, 2);
    await docReaches(viewer.doc, (doc) => doc.getText("t").toString() === "one three");
    writer.destroy();
    viewer.provider.destroy();

    const restarted = await startCollab(t.db);
    try {
      const again = join(docName, members[1], restarted.url, viewer.doc);
      const writerAgain = join(docName, members[0], restarted.url);
      await Promise.all([again.synced, writerAgain.synced]);
      writerAgain.doc.getText("t").insert(0, "> ");
      await docReaches(again.doc, (doc) => doc.getText("t").toString() === "> one three");
      expect(again.closes).toBe(0);
      again.destroy();
      writerAgain.destroy();
    } finally {
      await restarted.close();
    }
  });
});
