// Which collaboration tokens have opened a connection already: a token is good
// for one upgrade, so one copied from a URL (a log, a proxy) opens nothing.
// An id is remembered until its token expires; after that the token's own
// expiry refuses it, so what is kept is bounded by the tokens used within one
// lifetime.

/** Where used token ids are kept. In memory for one collaboration process;
 * several nodes behind one address would share a store (e.g. Redis `SET id 1
 * NX EXAT expiresAt`), hence the promise. */
export interface TicketUses {
  /** True the first time `id` is claimed, false every time after, until
   * `expiresAt` (seconds since the epoch) has passed. */
  claim(id: string, expiresAt: number): Promise<boolean>;
}

/** How often, at most, expired ids are swept out. */
const SWEEP_INTERVAL_S = 10;

export class InMemoryTicketUses implements TicketUses {
  /** id → expiry (seconds since the epoch). */
  private readonly used = new Map<string, number>();
  private nextSweep = 0;

  constructor(private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {}

  claim(id: string, expiresAt: number): Promise<boolean> {
    this.forgetExpired();
    if (this.used.has(id)) return Promise.resolve(false);
    this.used.set(id, expiresAt);
    return Promise.resolve(true);
  }

  /** How many ids are remembered now. */
  get size(): number {
    return this.used.size;
  }

  private forgetExpired(): void {
    const now = this.nowSeconds();
    if (now < this.nextSweep) return;
    this.nextSweep = now + SWEEP_INTERVAL_S;
    for (const [id, expiresAt] of this.used) if (expiresAt <= now) this.used.delete(id);
  }
}
