// A connection that sends something the server cannot decode or apply is
// closed with 4400; nothing of it is kept, and everyone else keeps working.
import { Buffer } from "node:buffer";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { CloseCode, MessageType } from "@/lib/collab-protocol";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverStateVector, storedUpdateCount, storedWriters, withServerDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { closedWith, message, opened, rawSocket, syncStep2Message, syncUpdateMessage } from "../helpers/raw-client";
import { connectStock, docReaches } from "../helpers/stock-client";

const t = collabOnPort0();

/** Bytes from a random generator, fixed so that every run sends the same garbage. */
const RANDOM_BYTES = Buffer.from("9f3c7ae1042bd85e66c19b0f73a2e4d8512c8f07be94d36a0d7f25c8e13b6a94", "hex");

/** The client id the crafted updates claim to write as. */
const CRAFTED_CLIENT = 4242;

/** An update Yjs decodes, and would fail on part-way through applying: its
 * first item (text "a" in the root type "t") is fine, its second names a
 * parent item that does not exist. The server refuses it before applying any
 * of it (update-dependencies.ts), so nobody else notices. */
function partlyApplicableUpdate(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 2); // with two items
  encoding.writeVarUint(encoder, CRAFTED_CLIENT);
  encoding.writeVarUint(encoder, 0); // starting at clock 0
  encoding.writeUint8(encoder, 4); // a string, no origins
  encoding.writeVarUint(encoder, 1); // parent: a root type, by name
  encoding.writeVarString(encoder, "t");
  encoding.writeVarString(encoder, "a");
  encoding.writeUint8(encoder, 4); // a string, no origins
  encoding.writeVarUint(encoder, 0); // parent: an item, by id
  encoding.writeVarUint(encoder, CRAFTED_CLIENT);
  encoding.writeVarUint(encoder, 100);
  encoding.writeVarString(encoder, "x");
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** What to send. */
const garbage: Array<[string, () => Uint8Array]> = [
  ["random bytes", () => RANDOM_BYTES],
  ["a sync update whose update is garbage", () => syncUpdateMessage(RANDOM_BYTES)],
  ["a sync update that Yjs would fail on part-way through applying", () => syncUpdateMessage(partlyApplicableUpdate())],
  ["a sync update with bytes after it", () => message(MessageType.sync, 2, 2, 0, 0, 7)],
  ["an awareness query with bytes after it", () => message(MessageType.queryAwareness, 0)],
  ["a sync step 1 whose state vector is garbage", () => message(MessageType.sync, 0, RANDOM_BYTES.length, RANDOM_BYTES)],
  ["an unknown sync message type", () => message(MessageType.sync, 9, 0)],
  ["an unknown message type", () => message(42, 0)],
  ["the auth message type, which the server does not speak", () => message(MessageType.auth, 0)],
  // Kateb's own messages go server → client only: a client cannot tell the others anything with them.
  ["a 'saved' acknowledgement, which only the server sends", () => message(MessageType.saved, 1)],
  ["a role change, which only the server sends", () => message(MessageType.role, 9, Uint8Array.from(Buffer.from("organizer")))],
  ["a lock state, which only the server sends", () => message(MessageType.lockState, 2, Uint8Array.from(Buffer.from("{}")))],
  ["a comments-changed notice, which only the server sends", () => message(MessageType.commentsChanged, 0)],
  ["a minutes-state notice, which only the server sends", () => message(MessageType.minutesState)],
  ["a truncated varint", () => Uint8Array.of(0x80)],
  ["a sync message truncated inside its varint", () => Uint8Array.of(MessageType.sync, 0xff)],
  ["an empty message", () => new Uint8Array(0)],
  ["an awareness update longer than its message", () => message(MessageType.awareness, 50, Uint8Array.of(1, 2, 3))],
];

describe("a note-taker's connection that sends garbage", () => {
  it.each(garbage)("is closed with 4400 for %s; the garbage is not kept and the others keep editing", async (_kind, bytes) => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "note-taker"]);
    const one = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    const two = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await Promise.all([one.synced, two.synced]);
    one.doc.getText("t").insert(0, "before");
    await docReaches(two.doc, (doc) => doc.getText("t").toString() === "before");

    const sender = rawSocket(t.url, docName, tokenFor(members[2].id, docName));
    await opened(sender);
    // Answers the server's sync step 1 as a stock client with nothing to add does.
    sender.send(syncStep2Message());
    const vectorBefore = await serverStateVector(t.collab, docName);
    const rowsBefore = await storedUpdateCount(t.db, docName);
    const closed = closedWith(sender);
    sender.send(bytes());
    expect((await closed).code).toBe(CloseCode.malformedMessage);
    expect(Buffer.from(await serverStateVector(t.collab, docName))).toEqual(Buffer.from(vectorBefore));

    // The server keeps serving the others, and what they write is all that is stored.
    two.doc.getText("t").insert(6, " after");
    await docReaches(one.doc, (doc) => doc.getText("t").toString() === "before after");
    one.doc.getText("t").insert(0, "> ");
    await docReaches(two.doc, (doc) => doc.getText("t").toString() === "> before after");
    expect(await withServerDoc(t.collab, docName, (doc) => doc.getText("t").toString())).toBe("> before after");
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore + 2);
    expect(await storedWriters(t.db, docName)).not.toContain(CRAFTED_CLIENT);
    expect([one.closes, two.closes]).toEqual([0, 0]);
  });
});
