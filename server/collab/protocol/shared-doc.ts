// One loaded document: its Y.Doc, the awareness of who is there, and the
// connections to it. Accepted updates go to the writer before anyone sees them.
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { CloseCode, type CloseCodeValue } from "@/lib/collab-protocol";
import { storedState, type StoredDocument } from "@/server/db/stored-document";
import type { UpdateWriter } from "../storage/update-writer";
import { claimsFor } from "./client-claims";
import { awarenessMessage, greetingMessages, mergedUpdate, syncUpdateMessage } from "./sync-messages";

export { syncUpdateMessage };

export interface DocPeer {
  /** The signed-in user the peer acts for. */
  readonly userId: string;
  send(message: Uint8Array): void;
  /** Awareness client ids this peer speaks for. */
  readonly awarenessIds: Set<number>;
  close(code: CloseCodeValue, reason: string): void;
}

/** Who wrote an update, as other nodes need to know it (their CollabAuthor claims). */
export interface UpdateAuthor {
  authorId: string;
  claims: readonly number[];
}

/** What this copy tells the other nodes of a cluster (server/cluster/doc-relay.ts). */
export interface DocRelayHooks {
  /** Updates committed here, merged, with who wrote them. */
  committed(update: Uint8Array, authors: readonly UpdateAuthor[]): void;
  /** Presence changed here (an awareness update of this node's peers). */
  presence(update: Uint8Array): void;
}

/** The origin of what another node committed or said (never a peer of this copy's). */
export const REMOTE_ORIGIN = Symbol("remote");

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
  /** Set on a cluster's nodes: where committed updates and presence go next. */
  relay: DocRelayHooks | null = null;
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
  /** Of those, changed by this node's peers (told to the other nodes). */
  private readonly presenceFromHere = new Set<number>();
  /** While another node's committed updates are applied: passed on, not saved again. */
  private applyingRemote = false;
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
      if (this.applyingRemote) return this.broadcast(syncUpdateMessage(update), null);
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
      if (this.relay && origin !== REMOTE_ORIGIN && origin !== "timeout") for (const id of changed) this.presenceFromHere.add(id);
      this.presenceFlush ??= setImmediate(this.sendPresence);
    });
  }

  private readonly sendPresence = (): void => {
    this.presenceFlush = null;
    const changed = [...this.presenceChanged];
    const fromHere = [...this.presenceFromHere];
    this.presenceChanged.clear();
    this.presenceFromHere.clear();
    if (this.destroyed) return;
    if (fromHere.length > 0) this.relay?.presence(awarenessProtocol.encodeAwarenessUpdate(this.awareness, fromHere));
    if (changed.length === 0 || this.peers.size === 0) return;
    this.broadcast(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)), null);
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
      this.giveUp(origin);
      throw error;
    } finally {
      this.accepting = null;
    }
    // A claim is kept only with an update that is stored (one Yjs held back whole is not).
    if (accepted.length > 0) for (const clientId of author.claims) this.authors.set(clientId, author.userId);
    accepted.forEach((item, index) => this.enqueue({ ...item, authorId: author.userId, claims: index === 0 ? author.claims : [] }));
  }

  /** See client-claims.ts: the ids `userId` is the first to write under, or null when refused. */
  claimsFor(decoded: { structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip> }, userId: string): number[] | null {
    return claimsFor(this.doc, { authors: this.authors, speakers: this.speakers }, decoded, userId);
  }

  /** Applies what another node committed: passed on to this copy's peers, not saved again. */
  applyRemote(update: Uint8Array, authors: readonly UpdateAuthor[]): void {
    if (this.broken || this.destroyed) return;
    for (const { authorId, claims } of authors) for (const clientId of claims) this.authors.set(clientId, authorId);
    this.applyingRemote = true;
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    } catch (error) {
      this.giveUp(null);
      throw error;
    } finally {
      this.applyingRemote = false;
    }
  }

  /** Applies the document as stored now: what other nodes committed and this copy missed. */
  applyStored(stored: StoredDocument): void {
    const authors = stored.authors.map(([clientId, authorId]) => ({ authorId, claims: [clientId] }));
    this.applyRemote(storedState(stored), authors);
  }

  /** Applies another node's presence change. */
  applyRemotePresence(update: Uint8Array): void {
    if (this.destroyed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  /** This copy no longer matches what is stored: its peers (but `except`) reconnect to a fresh load. */
  private giveUp(except: DocPeer | null): void {
    this.broken = true;
    for (const peer of [...this.peers]) if (peer !== except) peer.close(CloseCode.goingAway, "document reloaded");
    this.onBroken();
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
    const merged = mergedUpdate(committed.map((item) => item.update));
    const everything = syncUpdateMessage(merged);
    for (const peer of this.peers) if (!origins.has(peer)) peer.send(everything);
    for (const origin of origins) {
      const others = committed.filter((item) => item.origin !== origin);
      if (others.length > 0) origin.send(syncUpdateMessage(mergedUpdate(others.map((item) => item.update))));
    }
    if (this.relay) {
      const authors = committed.flatMap(({ authorId, claims }) => (authorId === null ? [] : [{ authorId, claims }]));
      this.relay.committed(merged, authors);
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
    return greetingMessages(this.doc, this.awareness);
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
