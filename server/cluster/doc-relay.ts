// Keeps each document loaded on several nodes one document (issue #18): what a
// node commits is published on the document's channel after the commit, and
// the other nodes that hold the document apply it and pass it on to their
// peers, without saving it again; presence goes the same way. A node follows
// a document's channel before it reads the document from the database, so
// nothing committed in between is missed; a node that was cut off from the
// bus reads every loaded document again from the database (`catchUp`). A lock
// freezes the document on every node that holds it first (lock-barrier.ts).
import type { SharedDoc } from "@/server/collab/protocol/shared-doc";
import type { StoredDocument } from "@/server/db/stored-document";
import type { ClusterBus } from "./bus";
import { LockBarrier } from "./lock-barrier";
import { decodeRelayMessage, docChannel, encodeRelayMessage, type RelayMessage } from "./relay-messages";

interface Followed {
  /** The loaded copy, once it has loaded. */
  shared: SharedDoc | null;
  /** Resolves when every update the copy accepted so far is committed (the writer's barrier). */
  saved: () => Promise<void>;
  /** What arrived while it was loading, applied once it has. */
  early: RelayMessage[];
}

export class DocRelay {
  private readonly followed = new Map<string, Followed>();
  private readonly barrier: LockBarrier;

  constructor(
    private readonly bus: ClusterBus,
    private readonly onError: (message: string, error: unknown) => void,
  ) {
    this.barrier = new LockBarrier(bus);
  }

  /** Follows the document's channel; called before its stored state is read. */
  async follow(name: string): Promise<void> {
    if (this.followed.has(name)) return;
    const followed: Followed = { shared: null, saved: () => Promise.resolve(), early: [] };
    this.followed.set(name, followed);
    await this.bus.subscribe(docChannel(name), (bytes) => {
      const message = decodeRelayMessage(bytes);
      if (message === null || message.from === this.bus.nodeId) return;
      if (followed.shared) this.apply(followed, followed.shared, message);
      else followed.early.push(message);
    });
  }

  /** The document has loaded: what arrived meanwhile is applied, and what it commits from now on is published. */
  attach(shared: SharedDoc, saved: () => Promise<void>): void {
    const followed = this.followed.get(shared.name);
    if (!followed) return;
    followed.shared = shared;
    followed.saved = saved;
    for (const message of followed.early.splice(0)) this.apply(followed, shared, message);
    const channel = docChannel(shared.name);
    const from = this.bus.nodeId;
    shared.relay = {
      committed: (update, authors) => this.bus.publish(channel, encodeRelayMessage({ kind: "committed", from, update, authors })),
      presence: (update) => this.bus.publish(channel, encodeRelayMessage({ kind: "presence", from, update })),
    };
  }

  /** Stops following the document (unloaded, given up, or its load failed). */
  unfollow(name: string, shared: SharedDoc | null): void {
    const followed = this.followed.get(name);
    if (!followed || (shared !== null && followed.shared !== shared)) return;
    this.followed.delete(name);
    this.barrier.forget(name);
    this.bus.unsubscribe(docChannel(name));
  }

  /** Freezes the document on every other node that holds it, each once it has
   * saved what it accepted; returns how to thaw them if the lock fails. */
  freezeElsewhere(shared: SharedDoc): Promise<() => void> {
    return this.barrier.freezeOthers(shared.name);
  }

  /** Reads every loaded document again and applies what this node missed. */
  async catchUp(load: (name: string) => Promise<StoredDocument | null>): Promise<void> {
    for (const { shared } of [...this.followed.values()]) {
      if (!shared) continue;
      try {
        const stored = await load(shared.name);
        if (stored) shared.applyStored(stored);
      } catch (error) {
        this.onError(`catching up on ${shared.name} failed`, error);
      }
    }
  }

  private apply(followed: Followed, shared: SharedDoc, message: RelayMessage): void {
    try {
      switch (message.kind) {
        case "committed":
          return shared.applyRemote(message.update, message.authors);
        case "presence":
          return shared.applyRemotePresence(message.update);
        default:
          return this.barrier.heard(shared, followed.saved, message);
      }
    } catch (error) {
      this.onError(`applying another node's change to ${shared.name} failed`, error);
    }
  }
}
