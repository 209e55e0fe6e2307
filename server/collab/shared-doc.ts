// One loaded document: its Y.Doc, the awareness of who is there, and the
// connections to it. Accepted updates go to the writer before anyone sees them.
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MessageType } from "../../lib/collab-protocol";
import type { UpdateWriter } from "./update-writer";

export interface DocPeer {
  send(message: Uint8Array): void;
  /** Awareness client ids this peer speaks for. */
  readonly awarenessIds: Set<number>;
}

export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocPeer>();
  /** Updates appended since the last compaction (or load). */
  logLength = 0;
  /** Connections and admissions in progress that hold this document loaded. */
  holds = 0;
  private loading = false;

  constructor(
    readonly name: string,
    writer: UpdateWriter,
    onAppended: () => void,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (this.loading) return;
      this.logLength += 1;
      writer.enqueue({
        docName: name,
        update,
        onCommitted: () => {
          this.broadcast(syncUpdateMessage(update), origin);
          onAppended();
        },
      });
    });
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = added.concat(updated, removed);
      const peer = origin instanceof Object && this.isPeer(origin) ? origin : null;
      if (peer) {
        added.forEach((id) => peer.awarenessIds.add(id));
        removed.forEach((id) => peer.awarenessIds.delete(id));
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.awareness);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      this.broadcast(encoding.toUint8Array(encoder), null);
    });
  }

  /** Loads stored state; what it applies is not written to the log again. */
  loadStored(snapshot: Uint8Array, updates: Uint8Array[]): void {
    this.loading = true;
    try {
      Y.applyUpdate(this.doc, Y.mergeUpdates([snapshot, ...updates]));
    } finally {
      this.loading = false;
    }
    this.logLength = updates.length;
  }

  isPeer(value: object): value is DocPeer {
    return this.peers.has(value as DocPeer);
  }

  /** The messages a newly connected peer needs: our state vector and who is here. */
  greeting(): Uint8Array[] {
    const sync = encoding.createEncoder();
    encoding.writeVarUint(sync, MessageType.sync);
    syncProtocol.writeSyncStep1(sync, this.doc);
    const messages = [encoding.toUint8Array(sync)];
    const states = this.awareness.getStates();
    if (states.size > 0) {
      const aw = encoding.createEncoder();
      encoding.writeVarUint(aw, MessageType.awareness);
      encoding.writeVarUint8Array(aw, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]));
      messages.push(encoding.toUint8Array(aw));
    }
    return messages;
  }

  removePeer(peer: DocPeer): void {
    this.peers.delete(peer);
    if (peer.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    }
  }

  broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
