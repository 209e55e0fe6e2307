// What presence a connection may publish: only under awareness client ids no
// other connection speaks for and no other person writes under, a few per connection and a bounded number per
// document, each state stamped with the account's identity (awareness-stamp.ts)
// and its cursor kept only where editors can place it (awareness-cursor.ts);
// and at a bounded rate: beyond it, only the latest message waits for its turn.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import { isPlaceableCursor } from "./awareness-cursor";
import { stampAwarenessState, type StampedIdentity } from "./awareness-stamp";
import type { CollabLimits } from "@/lib/collab-limits";
import { TokenBucket, type Clock } from "./rate-limit";
import type { DocPeer, SharedDoc } from "../protocol/shared-doc";

/** The stock client speaks for one awareness id per connection; a few leave room for others. */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

interface AwarenessEntry {
  clientID: number;
  clock: number;
  /** The state as JSON ("null" when the client leaves). */
  state: string;
}

type GateLimits = Pick<CollabLimits, "awarenessPerSecond" | "burstSeconds" | "maxAwarenessEntries">;

/** The entries of an awareness update. Throws when it is malformed. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientID, clock, state: decoding.readVarString(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes after an awareness update");
  return entries;
}

function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientID);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

export class AwarenessGate {
  private readonly bucket: TokenBucket;
  private pending: AwarenessEntry[] | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly peer: DocPeer,
    private readonly shared: SharedDoc,
    private readonly identity: StampedIdentity,
    private readonly limits: GateLimits,
    now: Clock = Date.now,
  ) {
    this.bucket = new TokenBucket(limits.awarenessPerSecond, Math.max(1, limits.awarenessPerSecond * limits.burstSeconds), now);
  }

  /** An awareness update from the connection. Throws when it is malformed. */
  receive(update: Uint8Array): void {
    const entries = this.admissible(readAwarenessEntries(update)).map((entry) => ({
      ...entry,
      state: stampAwarenessState(entry.state, this.identity, (cursor) => isPlaceableCursor(cursor, this.shared.doc)),
    }));
    // Nothing left: the stock client echoing others' presence back, or a refused claim.
    if (entries.length === 0) return;
    if (this.pending === null && this.bucket.tryTake(1)) {
      this.apply(entries);
      return;
    }
    this.pending = entries;
    this.timer ??= setTimeout(() => this.release(), this.bucket.msUntil(1));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private release(): void {
    this.timer = null;
    const entries = this.pending;
    if (!entries) return;
    if (!this.bucket.tryTake(1)) {
      this.timer = setTimeout(() => this.release(), this.bucket.msUntil(1));
      return;
    }
    this.pending = null;
    // Who speaks for what may have changed meanwhile.
    this.apply(this.admissible(entries));
  }

  private apply(entries: AwarenessEntry[]): void {
    if (entries.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.shared.awareness, encodeAwarenessEntries(entries), this.peer);
  }

  private admissible(entries: AwarenessEntry[]): AwarenessEntry[] {
    const present = this.shared.awareness.getStates().size;
    let claimed = 0;
    return entries.filter(({ clientID, state }) => {
      const speaker = this.shared.speakerOf(clientID);
      if (speaker === this.peer) return true;
      if (speaker !== undefined || state === "null") return false;
      // The Yjs client id another person writes under is theirs, in presence too.
      const author = this.shared.authorOf(clientID);
      if (author !== undefined && author !== this.peer.userId) return false;
      const full =
        this.peer.awarenessIds.size + claimed >= MAX_AWARENESS_IDS_PER_CONNECTION ||
        present + claimed >= this.limits.maxAwarenessEntries;
      if (full) return false;
      claimed += 1;
      return true;
    });
  }
}
