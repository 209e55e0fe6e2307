// Failed sign-ins, counted per account and per address over a window: past
// the limit, sign-in is refused (429, Retry-After) until the oldest failure
// leaves the window. A success clears the account's count. In memory: one
// process; a cluster's nodes share it through Redis (server/cluster/redis-sign-in-limiter.ts).

export interface SignInLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

/** 5 wrong passwords per account per 15 minutes; an address (an office behind one NAT) gets more. */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 50 };

/** What the sign-in and password routes ask; in memory, or shared by a cluster's nodes. */
export interface SignInThrottle {
  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  retryAfter(email: string, address: string | null): number | Promise<number>;
  failed(email: string, address: string | null): void | Promise<void>;
  succeeded(email: string): void | Promise<void>;
}

export class SignInLimiter implements SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  retryAfter(email: string, address: string | null): number {
    const wait = Math.max(
      this.waitFor(`account:${email}`, this.limits.perAccount),
      address ? this.waitFor(`address:${address}`, this.limits.perAddress) : 0,
    );
    return Math.ceil(wait / 1000);
  }

  failed(email: string, address: string | null): void {
    this.record(`account:${email}`);
    if (address) this.record(`address:${address}`);
  }

  succeeded(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private waitFor(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - limit] ?? this.now();
    return Math.max(1000, oldestCounted + this.limits.windowMs - this.now());
  }

  private record(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
    // Bounded: a flood of made-up addresses cannot grow the map without end.
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value ?? key);
  }
}
