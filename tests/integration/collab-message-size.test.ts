// A frame larger than the maximum message size (COLLAB_MAX_MESSAGE_BYTES,
// 1 MiB by default) closes its connection with 1009 before any of it is kept;
// everyone else keeps working.
import { Buffer } from "node:buffer";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverStateVector } from "../helpers/collab-inspect";
import { tokenFor, type RunningCollab } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { syncUpdateMessage } from "../helpers/raw-client";
import { RawPeer } from "../helpers/raw-peer";
import { connectStock, docReaches } from "../helpers/stock-client";

const SMALL_LIMIT = 64 * 1024;

/** The file's server has a small limit; a second one on the same database has the default. */
const t = collabOnPort0({ limits: { maxMessageBytes: SMALL_LIMIT } });
let standard: RunningCollab;

beforeAll(async () => {
  standard = await t.start();
});

/** A sync update message of about `bytes` bytes that inserts `text` of that length. */
function pasteOf(bytes: number): { frame: Uint8Array; text: string } {
  const doc = new Y.Doc();
  const text = "x".repeat(bytes - 32);
  doc.getText("t").insert(0, text);
  const frame = syncUpdateMessage(Y.encodeStateAsUpdate(doc));
  expect(Math.abs(frame.byteLength - bytes)).toBeLessThan(32);
  return { frame, text };
}

describe.each([
  ["a configured limit", () => t, SMALL_LIMIT],
  ["the default limit of 1 MiB", () => standard, 1024 * 1024],
])("with %s", (_name, running, limit) => {
  it("closes with 1009 a connection that sends a larger frame, keeps none of it, and serves the others on", async () => {
    const server = running();
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "note-taker"]);
    const other = connectStock(server.url, docName, tokenFor(members[0].id, docName));
    await other.synced;
    const sender = await RawPeer.open(server.url, docName, tokenFor(members[1].id, docName));
    await sender.roundTrip();
    const vectorBefore = await serverStateVector(server.collab, docName);

    sender.ws.send(pasteOf(limit + 64).frame);
    expect((await sender.closed).code).toBe(1009);
    expect(Buffer.from(await serverStateVector(server.collab, docName))).toEqual(Buffer.from(vectorBefore));

    // A frame just under the limit is an ordinary (large) paste.
    const within = await RawPeer.open(server.url, docName, tokenFor(members[2].id, docName));
    await within.roundTrip();
    const { frame, text } = pasteOf(limit - 64);
    within.ws.send(frame);
    await docReaches(other.doc, (doc) => doc.getText("t").toString() === text);
    expect(other.closes).toBe(0);
  });
});
