// The documents this process has loaded: loads each once, compacts its log in
// the background, and unloads it after it has had no connection for a while.
import * as Y from "yjs";
import { SharedDoc } from "./shared-doc";
import type { UpdateLog } from "../storage/update-log";
import type { UpdateWriter } from "../storage/update-writer";
import { meetingIdOfDoc } from "@/lib/collab-protocol";
import { translator } from "@/lib/i18n/translate";
import { gatherStrayBlocks } from "../guards/stray-blocks";

/** Keeps a document loaded on several nodes one document (server/cluster/doc-relay.ts). */
export interface DocFollower {
  /** Called before the document's stored state is read. */
  follow(name: string): Promise<void>;
  /** The document has loaded; `saved` resolves once everything it accepted so far is committed. */
  attach(shared: SharedDoc, saved: () => Promise<void>): void;
  /** The document is no longer served here (null: its load failed). */
  unfollow(name: string, shared: SharedDoc | null): void;
  /** A lock starts here: the document is frozen on every other node once each
   * has saved what it accepted; returns how to thaw them if the lock fails. */
  freezeElsewhere(shared: SharedDoc): Promise<() => void>;
}

export interface DocRegistryOptions {
  log: UpdateLog;
  writer: UpdateWriter;
  /** The first state of a document that was never stored. */
  initialState: (name: string) => Promise<Uint8Array>;
  idleUnloadMs: number;
  compactAfter: number;
  onError: (message: string, error: unknown) => void;
  /** A commit saved updates of the document (the search index follows the minutes). Must not throw. */
  onSaved?: (name: string) => void;
  /** On a cluster's nodes: what the other nodes commit reaches this node's copies. */
  follower?: DocFollower;
}

export class DocRegistry {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  /** The loaded copy of each document in `docs`, once it has loaded. */
  private readonly current = new Map<string, SharedDoc>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compacting = new Set<string>();

  constructor(private readonly options: DocRegistryOptions) {}

  /** The document if it is loaded or loading; never loads it. */
  peek(name: string): Promise<SharedDoc> | undefined {
    return this.docs.get(name);
  }

  /** Documents loaded or loading now. */
  get size(): number {
    return this.docs.size;
  }

  /** Pending idle-unload timers (for tests that look for leaks). */
  get timerCount(): number {
    return this.idleTimers.size;
  }

  /** Loads (once) and holds a document; each acquire is paired with a release. */
  async acquire(name: string): Promise<SharedDoc> {
    for (;;) {
      this.cancelIdle(name);
      let loading = this.docs.get(name);
      if (!loading) {
        loading = this.load(name);
        this.docs.set(name, loading);
        const failed = loading;
        failed.catch(() => {
          if (this.docs.get(name) === failed) this.docs.delete(name);
        });
      }
      const shared = await loading;
      // Unloaded or given up while we waited: load it again.
      if (this.docs.get(name) !== loading) continue;
      shared.holds += 1;
      this.cancelIdle(name);
      return shared;
    }
  }

  /** Called when a connection to `shared` ends, or its admission failed. */
  release(shared: SharedDoc): void {
    shared.holds -= 1;
    if (shared.holds > 0) return;
    if (shared.broken) return shared.destroy();
    this.cancelIdle(shared.name);
    const timer = setTimeout(() => {
      this.idleTimers.delete(shared.name);
      void this.unload(shared).catch((error: unknown) => this.options.onError("unloading failed", error));
    }, this.options.idleUnloadMs);
    this.idleTimers.set(shared.name, timer);
  }

  /** Compacts in the background once the log has grown long enough. */
  noteAppended(shared: SharedDoc): void {
    if (shared.logLength < this.options.compactAfter || this.compacting.has(shared.name)) return;
    this.compacting.add(shared.name);
    void this.compact(shared).then(
      () => {
        this.compacting.delete(shared.name);
        // What was appended while it ran may already be enough for the next one.
        if (this.current.get(shared.name) === shared) this.noteAppended(shared);
      },
      (error: unknown) => {
        this.compacting.delete(shared.name);
        this.options.onError("compaction failed", error);
      },
    );
  }

  /** Saves and compacts every document, then forgets them all. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await this.options.writer.flush();
    const loaded = await Promise.allSettled([...this.docs.values()]);
    for (const result of loaded) {
      if (result.status !== "fulfilled") continue;
      await this.compact(result.value).catch((error: unknown) => this.options.onError("compaction failed", error));
      result.value.destroy();
    }
    this.docs.clear();
    this.current.clear();
  }

  private async load(name: string): Promise<SharedDoc> {
    const { follower } = this.options;
    await follower?.follow(name);
    try {
      return await this.loadStored(name);
    } catch (error) {
      follower?.unfollow(name, null);
      throw error;
    }
  }

  private async loadStored(name: string): Promise<SharedDoc> {
    const { log } = this.options;
    // Updates to a copy given up a moment ago may still be on their way to the log.
    await this.options.writer.barrier();
    let stored = await log.load(name);
    if (!stored) {
      await log.createIfMissing(name, await this.options.initialState(name));
      stored = await log.load(name);
      if (!stored) throw new Error(`document ${name} vanished while it was created`);
    }
    const shared = new SharedDoc(
      name,
      this.options.writer,
      () => {
        this.noteAppended(shared);
        this.options.onSaved?.(name);
      },
      () => this.forget(shared),
    );
    shared.loadStored(stored.snapshot, stored.updates, stored.authors);
    this.options.follower?.attach(shared, () => this.options.writer.barrier());
    if (meetingIdOfDoc(name) !== null) gatherStrayBlocks(shared.doc, translator("fa")("minutes.heading.other"));
    this.current.set(name, shared);
    // A long log left by a server that stopped before compacting it.
    this.noteAppended(shared);
    return shared;
  }

  /** Stops serving `shared`: the next acquire loads the document again. */
  private forget(shared: SharedDoc): void {
    if (this.current.get(shared.name) !== shared) return;
    this.current.delete(shared.name);
    this.docs.delete(shared.name);
    this.options.follower?.unfollow(shared.name, shared);
  }

  private async compact(shared: SharedDoc): Promise<void> {
    if (shared.logLength === 0) return;
    await this.options.writer.exclusive(async () => {
      if (shared.broken) return;
      // Between batches the in-memory document holds everything committed.
      const appendedBefore = shared.logLength;
      await this.options.log.compact(shared.name, Y.encodeStateAsUpdate(shared.doc));
      shared.logLength -= appendedBefore;
    });
  }

  private async unload(shared: SharedDoc): Promise<void> {
    await this.options.writer.barrier();
    if (shared.holds > 0) return;
    await this.compact(shared);
    if (shared.holds > 0 || this.idleTimers.has(shared.name) || this.current.get(shared.name) !== shared) return;
    this.forget(shared);
    shared.destroy();
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }
}
