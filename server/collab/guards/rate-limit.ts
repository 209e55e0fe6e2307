// Token buckets: how the collaboration server bounds what a connection sends
// and how often one address connects.

export type Clock = () => number;

/** Refills at `ratePerSecond` up to `capacity`. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly now: Clock = Date.now,
  ) {
    this.tokens = capacity;
    this.at = now();
  }

  /** Takes `cost`, going into debt if need be; returns the milliseconds until
   * the bucket is out of debt again (0 when it is not in debt). */
  take(cost: number): number {
    this.refill();
    this.tokens -= cost;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.ratePerSecond) * 1000);
  }

  /** Takes `cost` only if the bucket holds it. */
  tryTake(cost: number): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Milliseconds until the bucket holds `cost`. */
  msUntil(cost: number): number {
    this.refill();
    return this.tokens >= cost ? 0 : Math.ceil(((cost - this.tokens) / this.ratePerSecond) * 1000);
  }

  /** True when the bucket has refilled completely (it can be forgotten). */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.ratePerSecond);
    this.at = now;
  }
}

/** New connections per address per minute. Addresses whose bucket is full
 * again are forgotten, so the map holds only recent addresses. */
export class ConnectionRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private pruneAt: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: Clock = Date.now,
    private readonly pruneAbove = 1_000,
  ) {
    this.pruneAt = pruneAbove;
  }

  allow(address: string): boolean {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= this.pruneAt) this.prune();
      bucket = new TokenBucket(this.perMinute / 60, this.perMinute, this.now);
      this.buckets.set(address, bucket);
    }
    return bucket.tryTake(1);
  }

  /** Addresses remembered now (for tests that look for leaks). */
  get size(): number {
    return this.buckets.size;
  }

  private prune(): void {
    for (const [address, bucket] of this.buckets) if (bucket.full) this.buckets.delete(address);
    this.pruneAt = Math.max(this.pruneAbove, this.buckets.size * 2);
  }
}
