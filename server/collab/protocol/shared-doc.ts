// One loaded document: its Y.Doc, the awareness of who is there, and the
// connections to it. Accepted updates go to the writer before anyone sees them.
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CloseCode, MessageType, type CloseCodeValue } from "@/lib/collab-protocol";
import type { UpdateWriter } from "../storage/update-writer";

export interface DocPeer {
  /** The signed-in user the peer acts for. */
  readonly userId: string;
  send(message: Uint8Array): void;
  /** Awareness client ids this peer speaks for. */
  readonly awarenessIds: Set<number>;
  close(code: CloseCodeValue, reason: string): void;
}

interface AcceptedUpdate {
  update: Uint8Array;
  origin: unknown;
  /** The signed-in user whose connection sent it; null for the server's own. */
  authorId: string | null;
  /** Client ids it is the first to write under (see claimsFor). */
  claims: readonly number[];
}

export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocPeer>();
  /** Updates committed to the log since the last compaction (or load); not
   * those still queued, which a compaction does not remove. */
  logLength = 0;
  /** Connections and admissions in progress that hold this document loaded. */
  holds = 0;
  /** Yjs failed part-way through a peer's update: this copy no longer matches
   * what is stored, and must be neither saved nor served again. */
  broken = false;
  /** Set when a lock starts: from then on no peer's change is accepted. */
  frozen = false;
  /** Who writes under each Yjs client id of this document (CollabAuthor). */
  private readonly authors = new Map<number, string>();
  /** The peer that speaks for each awareness client id (awareness-guard.ts). */
  private readonly speakers = new Map<number, DocPeer>();
  private loading = false;
  /** While a peer's update is applied: what it changed, queued only if it applies whole. */
  private accepting: AcceptedUpdate[] | null = null;
  /** Committed in the writer's current batch, not broadcast yet. */
  private committed: AcceptedUpdate[] = [];
  /** Presence (awareness) client ids changed since the last frame was sent. */
  private readonly presenceChanged = new Set<number>();
  private presenceFlush: NodeJS.Immediate | null = null;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly writer: UpdateWriter,
    private readonly onAppended: () => void,
    private readonly onBroken: () => void,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (this.loading) return;
      const item = { update, origin, authorId: null, claims: [] };
      if (this.accepting) this.accepting.push(item);
      else this.enqueue(item);
    });
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = added.concat(updated, removed);
      const peer = origin instanceof Object && this.isPeer(origin) ? origin : null;
      if (peer) {
        for (const id of added) {
          peer.awarenessIds.add(id);
          this.speakers.set(id, peer);
        }
      }
      // Removed by its peer, when the peer left, or timed out: the id is free again.
      for (const id of removed) {
        this.speakers.get(id)?.awarenessIds.delete(id);
        this.speakers.delete(id);
      }
      // Passed on once this turn of the event loop is over: every change that
      // arrived in it, from any peer, in one frame.
      for (const id of changed) this.presenceChanged.add(id);
      this.presenceFlush ??= setImmediate(this.sendPresence);
    });
  }

  private readonly sendPresence = (): void => {
    this.presenceFlush = null;
    const changed = [...this.presenceChanged];
    this.presenceChanged.clear();
    if (changed.length === 0 || this.peers.size === 0 || this.destroyed) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    this.broadcast(encoding.toUint8Array(encoder), null);
  };

  /** Loads stored state; what it applies is not written to the log again. */
  loadStored(snapshot: Uint8Array, updates: Uint8Array[], authors: ReadonlyArray<readonly [number, string]>): void {
    for (const [clientId, userId] of authors) this.authors.set(clientId, userId);
    this.loading = true;
    try {
      Y.applyUpdate(this.doc, Y.mergeUpdates([snapshot, ...updates]));
    } finally {
      this.loading = false;
    }
    this.logLength = updates.length;
  }

  /** Applies a peer's update, and queues it for the log only if it applied whole.
   * Yjs can throw part-way through an update it decoded; then nothing of it is
   * kept or passed on, this copy is given up, and the other peers are closed so
   * that they reconnect to the document loaded afresh from the log. */
  applyPeerUpdate(update: Uint8Array, origin: DocPeer, author: { userId: string; claims: readonly number[] }): void {
    const accepted: AcceptedUpdate[] = [];
    this.accepting = accepted;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      this.broken = true;
      for (const peer of [...this.peers]) if (peer !== origin) peer.close(CloseCode.goingAway, "document reloaded");
      this.onBroken();
      throw error;
    } finally {
      this.accepting = null;
    }
    // A claim is kept only with an update that is stored (one Yjs held back whole is not).
    if (accepted.length > 0) for (const clientId of author.claims) this.authors.set(clientId, author.userId);
    accepted.forEach((item, index) => this.enqueue({ ...item, authorId: author.userId, claims: index === 0 ? author.claims : [] }));
  }

  /** The client ids whose new content in `decoded` user `userId` is the first
   * to write (to be claimed for them as the update is stored), or null when
   * any of it is written under a client id someone else has claimed, the
   * server's own, or one the document already holds content of that nobody
   * claimed (the server's from an earlier load, the prepared minutes', or
   * written before authors were recorded), or one another person's
   * connection speaks for in presence (their editor's id, before they typed):
   * an update in another's name, refused whole. Content the document holds already is not looked at (a
   * resent update adds nothing). */
  claimsFor(decoded: { structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip> }, userId: string): number[] | null {
    const claims = new Set<number>();
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      const { client, clock } = struct.id;
      if (clock + struct.length <= Y.getState(this.doc.store, client)) continue;
      if (client === this.doc.clientID) return null;
      const owner = this.authors.get(client);
      if (owner === undefined) {
        if (Y.getState(this.doc.store, client) > 0) return null;
        const speaker = this.speakers.get(client);
        if (speaker !== undefined && speaker.userId !== userId) return null;
        claims.add(client);
      } else if (owner !== userId) return null;
    }
    return [...claims];
  }

  private enqueue(accepted: AcceptedUpdate): void {
    this.writer.enqueue({
      docName: this.name,
      update: accepted.update,
      authorId: accepted.authorId,
      claims: accepted.claims,
      onCommitted: () => {
        this.logLength += 1;
        this.committed.push(accepted);
      },
      afterBatch: this.sendCommitted,
    });
  }

  /** Passes on what one commit saved: one frame per peer, the updates merged,
   * leaving out each peer's own. */
  private readonly sendCommitted = (): void => {
    const committed = this.committed;
    this.committed = [];
    if (committed.length === 0) return;
    const origins = new Set<DocPeer>();
    for (const { origin } of committed) if (origin instanceof Object && this.isPeer(origin)) origins.add(origin);
    const everything = syncUpdateMessage(mergedUpdate(committed));
    for (const peer of this.peers) if (!origins.has(peer)) peer.send(everything);
    for (const origin of origins) {
      const others = committed.filter((item) => item.origin !== origin);
      if (others.length > 0) origin.send(syncUpdateMessage(mergedUpdate(others)));
    }
    this.onAppended();
  };

  /** Drops what Yjs holds back for missing dependencies; true if there was any. */
  dropPending(): boolean {
    const store = this.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    return true;
  }

  /** The user who writes under Yjs client id `clientId`, if anyone has. */
  authorOf(clientId: number): string | undefined {
    return this.authors.get(clientId);
  }

  /** The peer that speaks for awareness client id `clientID`, if any. */
  speakerOf(clientID: number): DocPeer | undefined {
    return this.speakers.get(clientID);
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
    this.destroyed = true;
    if (this.presenceFlush) clearImmediate(this.presenceFlush);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function mergedUpdate(items: AcceptedUpdate[]): Uint8Array {
  const [only] = items;
  return items.length === 1 && only ? only.update : Y.mergeUpdates(items.map((item) => item.update));
}

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
