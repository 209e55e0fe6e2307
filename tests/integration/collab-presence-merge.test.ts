// Presence changes are passed on once per turn of the event loop: everything
// that changed in one turn, from any peer, reaches each peer as one frame with
// every changed client in it; a change in a later turn is a frame of its own.
// (Driven on one loaded document, so that "one turn" is certain.)
import * as decoding from "lib0/decoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode, MessageType, type CloseCodeValue } from "@/lib/collab-protocol";
import { SharedDoc, type DocPeer } from "@/server/collab/protocol/shared-doc";
import { SqliteUpdateLog } from "@/server/collab/storage/sqlite-update-log";
import { UpdateWriter } from "@/server/collab/storage/update-writer";
import { sqliteTestDbForFile } from "../fixtures/test-db-for-file";

const t = sqliteTestDbForFile();
let log: SqliteUpdateLog;

beforeAll(() => {
  log = new SqliteUpdateLog(t.file);
});
// Hooks stack: the log closes before the database is removed.
afterAll(async () => log.close());

/** A connection's end as the document sees it: what it was sent. */
class Peer implements DocPeer {
  readonly userId = "a member";
  readonly awarenessIds = new Set<number>();
  readonly frames: Uint8Array[] = [];
  send(message: Uint8Array): void {
    this.frames.push(message);
  }
  close(_code: CloseCodeValue, _reason: string): void {
    throw new Error(`not expected: close ${CloseCode.goingAway}`);
  }
  /** The client ids carried by each presence frame received. */
  presenceFrames(): number[][] {
    return this.frames.map((frame) => {
      const decoder = decoding.createDecoder(frame);
      expect(decoding.readVarUint(decoder)).toBe(MessageType.awareness);
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const ids: number[] = [];
      for (let count = decoding.readVarUint(update); count > 0; count -= 1) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update);
        decoding.readVarString(update);
      }
      return ids.sort((a, b) => a - b);
    });
  }
}

/** What a client's own awareness would send: its state, as an update. */
function presenceOf(name: string): { clientID: number; update: Uint8Array } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name } });
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return { clientID: awareness.clientID, update };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("presence on a loaded document", () => {
  it("reaches every peer once per turn: all of one turn's changes in one frame", async () => {
    const shared = new SharedDoc("meeting:presence", new UpdateWriter(log, { error: () => undefined }), () => undefined, () => undefined);
    const [a, b, c] = [new Peer(), new Peer(), new Peer()];
    for (const peer of [a, b, c]) shared.peers.add(peer);
    const fromA = presenceOf("a");
    const fromB = presenceOf("b");
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, fromA.update, a);
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, fromB.update, b);
    expect(c.frames).toHaveLength(0);
    await nextTurn();
    const both = [fromA.clientID, fromB.clientID].sort((x, y) => x - y);
    for (const peer of [a, b, c]) expect(peer.presenceFrames()).toEqual([both]);

    // A change in a later turn is a frame of its own, with only that client.
    const later = presenceOf("c");
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, later.update, c);
    await nextTurn();
    for (const peer of [a, b, c]) expect(peer.presenceFrames()).toEqual([both, [later.clientID]]);

    // A peer that leaves takes its presence with it: the others hear of it.
    shared.removePeer(a);
    await nextTurn();
    expect(b.presenceFrames().at(-1)).toEqual([fromA.clientID]);
    expect(shared.awareness.getStates().has(fromA.clientID)).toBe(false);
    shared.destroy();
  });

  it("sends nothing once the document is unloaded", async () => {
    const shared = new SharedDoc("meeting:presence-unloaded", new UpdateWriter(log, { error: () => undefined }), () => undefined, () => undefined);
    const peer = new Peer();
    shared.peers.add(peer);
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, presenceOf("gone").update, peer);
    shared.destroy();
    await nextTurn();
    expect(peer.frames).toHaveLength(0);
  });
});
