// Holds back a connection that sends faster than its limits: its socket is
// paused (TCP pushes back on the sender) until its buckets have refilled.
// Nothing is dropped and nobody else waits; the few messages the socket had
// already read when it was paused wait here, in order.
import type { CollabLimits } from "@/lib/collab-limits";
import { TokenBucket, type Clock } from "../guards/rate-limit";

export interface Pausable {
  pause(): void;
  resume(): void;
}

type ThrottleLimits = Pick<CollabLimits, "updatesPerSecond" | "bytesPerSecond" | "burstSeconds">;

interface HeldMessage {
  message: Uint8Array;
  isUpdate: boolean;
}

export class InboundThrottle {
  private readonly updates: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly held: HeldMessage[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly socket: Pausable,
    limits: ThrottleLimits,
    private readonly deliver: (message: Uint8Array) => void,
    now: Clock = Date.now,
  ) {
    const burst = (rate: number): number => Math.max(1, rate * limits.burstSeconds);
    this.updates = new TokenBucket(limits.updatesPerSecond, burst(limits.updatesPerSecond), now);
    this.bytes = new TokenBucket(limits.bytesPerSecond, burst(limits.bytesPerSecond), now);
  }

  /** A message from the socket; `isUpdate` when it counts against the update rate. */
  receive(message: Uint8Array, isUpdate: boolean): void {
    if (this.stopped) return;
    if (this.timer) this.held.push({ message, isUpdate });
    else this.pass({ message, isUpdate });
  }

  /** Nothing more is delivered. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.held.length = 0;
  }

  private pass({ message, isUpdate }: HeldMessage): void {
    const wait = Math.max(isUpdate ? this.updates.take(1) : 0, this.bytes.take(message.byteLength));
    this.deliver(message);
    if (wait > 0 && !this.stopped) {
      this.socket.pause();
      this.timer = setTimeout(() => this.release(), wait);
    }
  }

  private release(): void {
    this.timer = null;
    while (!this.timer && !this.stopped) {
      const next = this.held.shift();
      if (!next) break;
      this.pass(next);
    }
    if (!this.timer && !this.stopped) this.socket.resume();
  }
}
