// Locking a document into a version, and reopening it, on this node; on a
// cluster's node, with the other nodes frozen first (the follower's barrier)
// and told after (onChanged), and following the locks taken elsewhere (apply).
import * as Y from "yjs";
import type { MinutesLockState } from "@/lib/collab-protocol";
import type { CapturedMinutes } from "@/server/domain/minutes/lock-meeting";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import type { UpdateLog } from "../storage/update-log";
import type { UpdateWriter } from "../storage/update-writer";
import type { Connection } from "./connection";
import type { DocFollower, DocRegistry } from "./doc-registry";
import type { SharedDoc } from "./shared-doc";

export interface DocumentLocksParts {
  registry: DocRegistry;
  writer: UpdateWriter;
  log: UpdateLog;
  follower: DocFollower | undefined;
  /** The server's open connections now. */
  connections: () => Iterable<Connection>;
}

export class DocumentLocks {
  private readonly listeners: Array<(docName: string, state: MinutesLockState) => void> = [];

  constructor(private readonly parts: DocumentLocksParts) {}

  /** Locks a document into a version. From the moment it starts no peer's
   * change is accepted (a change typed meanwhile is refused with 4409, never
   * silently dropped), here or on another node; everything accepted before is
   * committed; then `commit` stores the captured state, between writer
   * batches. On success every open editor turns read-only and is told who
   * locked it; on failure writing resumes. */
  async lock<T>(docName: string, commit: (captured: CapturedMinutes) => Promise<T>, announce: (result: T) => MinutesLockState): Promise<T> {
    const { registry, writer, follower } = this.parts;
    const shared = await registry.acquire(docName);
    shared.frozen = true;
    let thawElsewhere = (): void => undefined;
    try {
      await writer.barrier();
      if (follower) {
        thawElsewhere = await follower.freezeElsewhere(shared);
        // Everything the other nodes accepted is committed now: the version holds it.
        await this.catchUpFromStore(shared);
      }
      const result = await writer.exclusive(() => commit({ yjsState: Y.encodeStateAsUpdate(shared.doc), json: minutesJson(shared.doc) }));
      const state = announce(result);
      for (const connection of this.parts.connections()) if (connection.shared === shared) connection.changeLock(state);
      for (const listener of this.listeners) listener(docName, state);
      return result;
    } catch (error) {
      shared.frozen = false;
      thawElsewhere();
      throw error;
    } finally {
      registry.release(shared);
    }
  }

  /** The minutes were reopened for revision: editors may write again. */
  async unlock(docName: string): Promise<void> {
    const state: MinutesLockState = { locked: false, lockedBy: null, version: null };
    await this.apply(docName, state);
    for (const listener of this.listeners) listener(docName, state);
  }

  /** The minutes were locked or reopened elsewhere (another node): this node's copy and its editors follow. */
  async apply(docName: string, state: MinutesLockState): Promise<void> {
    const loaded = await this.parts.registry.peek(docName)?.catch(() => undefined);
    if (loaded) loaded.frozen = state.locked;
    for (const connection of this.parts.connections()) if (connection.shared.name === docName) connection.changeLock(state);
  }

  /** Calls `listener` after each lock or reopen done through this server. */
  onChanged(listener: (docName: string, state: MinutesLockState) => void): void {
    this.listeners.push(listener);
  }

  private async catchUpFromStore(shared: SharedDoc): Promise<void> {
    const stored = await this.parts.log.load(shared.name);
    if (stored) shared.applyStored(stored);
  }
}
