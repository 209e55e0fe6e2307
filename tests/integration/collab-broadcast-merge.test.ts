// Updates committed together are passed on together: each peer receives one
// message with all of them merged, less its own; every sender still receives
// its "saved" count for each of its messages, and nothing is passed on before
// it is on disk. (Updates are held back here by a database that refuses
// writes, so that they are all committed by the same write once it is back.)
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { failCollabWrites, restoreCollabWrites } from "../helpers/collab-writes-fail";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { RawPeer } from "../helpers/raw-peer";

const saveFailures: unknown[] = [];

const t = collabOnPort0({
  logger: { info: () => undefined, error: (_message, error) => saveFailures.push(error) },
});

const failWrites = (): Promise<void> => failCollabWrites(t.db);
const restoreWrites = (): Promise<void> => restoreCollabWrites(t.db);

/** The Yjs client ids whose changes an update carries. */
function writersIn(update: Uint8Array): number[] {
  return [...new Set(Y.decodeUpdate(update).structs.map((struct) => struct.id.client))].sort((a, b) => a - b);
}

describe("updates committed by one write", () => {
  it("reach each peer as one message without its own, and every sender's messages are acknowledged", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "viewer"]);
    const [first, second, observer] = await Promise.all(
      members.map((member) => RawPeer.open(t.url, docName, tokenFor(member.id, docName), { ack: true })),
    );
    if (!first || !second || !observer) throw new Error("three peers expected");
    await Promise.all([first.roundTrip(), second.roundTrip(), observer.roundTrip()]);
    const savedBefore = [first.saved, second.saved];
    const receivedBefore = [first, second, observer].map((peer) => peer.updatesReceived.length);

    await failWrites();
    const failuresBefore = saveFailures.length;
    for (const letter of ["a", "b", "c"]) first.doc.getText("first").insert(0, letter);
    for (const letter of ["x", "y"]) second.doc.getText("second").insert(0, letter);
    // The server has read all five (presence is answered at once), and tried to save them.
    await Promise.all([first.roundTrip("awareness"), second.roundTrip("awareness")]);
    await eventually(() => expect(saveFailures.length).toBeGreaterThan(failuresBefore));
    expect([first, second, observer].map((peer) => peer.updatesReceived.length)).toEqual(receivedBefore);
    expect([first.saved, second.saved]).toEqual(savedBefore);

    await restoreWrites();
    await eventually(() => {
      expect(observer.doc.getText("first").toString()).toBe("cba");
      expect(observer.doc.getText("second").toString()).toBe("yx");
      expect([first.saved, second.saved]).toEqual([(savedBefore[0] ?? 0) + 3, (savedBefore[1] ?? 0) + 2]);
      expect(first.doc.getText("second").toString()).toBe("yx");
      expect(second.doc.getText("first").toString()).toBe("cba");
    });
    const [toFirst, toSecond, toObserver] = [first, second, observer].map((peer, index) =>
      peer.updatesReceived.slice(receivedBefore[index]),
    );
    expect(toObserver?.map(writersIn)).toEqual([[first.doc.clientID, second.doc.clientID].sort((a, b) => a - b)]);
    expect(toFirst?.map(writersIn)).toEqual([[second.doc.clientID]]);
    expect(toSecond?.map(writersIn)).toEqual([[first.doc.clientID]]);
    const stored = await storedDoc(t.db, docName);
    expect([stored.getText("first").toString(), stored.getText("second").toString()]).toEqual(["cba", "yx"]);
  });
});
