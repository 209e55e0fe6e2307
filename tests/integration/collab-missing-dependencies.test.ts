// An update that builds on something the server does not have is never
// applied: Yjs would hold it pending in memory, unsaved, for as long as the
// document is loaded. Sent by a client that has answered the server's sync
// step 1, it closes the connection (4400); sent before that answer — an edit
// typed while the server's step 1 was on its way — it is ignored, and the
// answer that follows carries it.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "@/lib/collab-protocol";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverStateVector, storedUpdateCount, withServerDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { opened, rawSocket, syncStep2Message, syncUpdateMessage } from "../helpers/raw-client";
import { RawPeer } from "../helpers/raw-peer";
import { connectStock, docReaches } from "../helpers/stock-client";

const t = collabOnPort0();

/** Two updates of one client, the second building on the first. */
function twoSteps(build: (doc: Y.Doc) => [() => void, () => void]): { first: Uint8Array; second: Uint8Array } {
  const doc = new Y.Doc();
  const [one, two] = build(doc);
  one();
  const vector = Y.encodeStateVector(doc);
  const first = Y.encodeStateAsUpdate(doc);
  two();
  return { first, second: Y.encodeStateAsUpdate(doc, vector) };
}

/** Updates that each need something only the first of a pair holds. */
const dependents: Array<[string, () => { first: Uint8Array; second: Uint8Array }]> = [
  ["a gap in its own client's clock", () => twoSteps((doc) => [() => doc.getText("t").insert(0, "abc"), () => doc.getText("t").insert(3, "def")])],
  [
    "an insertion next to another client's unknown text",
    () => {
      const other = new Y.Doc();
      other.getText("t").insert(0, "unknown");
      const doc = new Y.Doc();
      const first = Y.encodeStateAsUpdate(other);
      Y.applyUpdate(doc, first);
      const vector = Y.encodeStateVector(doc);
      doc.getText("t").insert(3, "X");
      return { first, second: Y.encodeStateAsUpdate(doc, vector) };
    },
  ],
  [
    "a child of an unknown element",
    () =>
      twoSteps((doc) => [
        () => doc.getXmlFragment("f").insert(0, [new Y.XmlElement("paragraph")]),
        () => (doc.getXmlFragment("f").get(0) as Y.XmlElement).insert(0, [new Y.XmlText("inside")]),
      ]),
  ],
  [
    "beside a change that could be applied alone",
    () => {
      const { first, second } = twoSteps((doc) => [() => doc.getText("t").insert(0, "abc"), () => doc.getText("t").insert(3, "def")]);
      const independent = new Y.Doc();
      independent.getText("u").insert(0, "fine on its own");
      return { first, second: Y.mergeUpdates([Y.encodeStateAsUpdate(independent), second]) };
    },
  ],
  // No struct at all: only a delete set naming text the server never had.
  ["a deletion of unknown text", () => twoSteps((doc) => [() => doc.getText("t").insert(0, "to delete"), () => doc.getText("t").delete(0, 2)])],
];

async function pendingOnServer(docName: string): Promise<boolean> {
  return withServerDoc(t.collab, docName, (doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null);
}

describe("an update with missing dependencies", () => {
  it.each(dependents)("from a client that has answered the server's sync step 1 closes it with 4400, and nothing of it is kept (%s)", async (_kind, make) => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const other = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    await other.synced;
    const sender = await RawPeer.open(t.url, docName, tokenFor(members[1].id, docName));
    await sender.roundTrip();
    const vectorBefore = await serverStateVector(t.collab, docName);
    const rowsBefore = await storedUpdateCount(t.db, docName);

    sender.ws.send(syncUpdateMessage(make().second));
    expect(await sender.closed).toEqual({ code: CloseCode.malformedMessage, reason: "malformed message" });
    expect(await pendingOnServer(docName)).toBe(false);
    expect(Buffer.from(await serverStateVector(t.collab, docName))).toEqual(Buffer.from(vectorBefore));

    other.doc.getText("t").insert(0, "still here");
    const check = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    await docReaches(check.doc, (doc) => doc.getText("t").toString() === "still here");
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore + 1);
    expect(other.closes).toBe(0);
  });

  it("sent before the client's answer to the server's step 1 is ignored, and the answer carrying it is applied", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const watcher = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await watcher.synced;
    const { first, second } = twoSteps((doc) => [() => doc.getText("t").insert(0, "offline "), () => doc.getText("t").insert(8, "typing")]);
    const ws = rawSocket(t.url, docName, tokenFor(members[0].id, docName));
    await opened(ws);
    // Typed as the connection opened: it builds on an offline edit not sent yet.
    ws.send(syncUpdateMessage(second));
    ws.send(syncStep2Message(Y.mergeUpdates([first, second])));
    await docReaches(watcher.doc, (doc) => doc.getText("t").toString() === "offline typing");
    expect(ws.readyState).toBe(ws.OPEN);
    expect(await pendingOnServer(docName)).toBe(false);
  });
});
