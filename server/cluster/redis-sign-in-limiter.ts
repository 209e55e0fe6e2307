// Failed sign-ins counted across a cluster's nodes (the same limits as one
// node's, accounts/sign-in-limiter.ts): each failure is kept in Redis, in a
// sorted set per account and per address scored by its time, so that trying
// passwords on every node gets no more tries than on one. Each node counts
// its own too, and holds to that alone while Redis is away.
import type { Redis } from "ioredis";
import { DEFAULT_SIGN_IN_LIMITS, SignInLimiter, type SignInLimits, type SignInThrottle } from "@/server/accounts/sign-in-limiter";

const keyOf = (what: string): string => `sign-in:${what}`;

export class RedisSignInLimiter implements SignInThrottle {
  private readonly local: SignInLimiter;

  constructor(
    private readonly redis: Redis,
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {
    this.local = new SignInLimiter(limits);
  }

  async retryAfter(email: string, address: string | null): Promise<number> {
    const local = this.local.retryAfter(email, address);
    if (this.redis.status !== "ready") return local;
    try {
      const waits = await Promise.all([
        this.waitFor(keyOf(`account:${email}`), this.limits.perAccount),
        address ? this.waitFor(keyOf(`address:${address}`), this.limits.perAddress) : 0,
      ]);
      return Math.max(local, Math.ceil(Math.max(...waits) / 1000));
    } catch {
      return local;
    }
  }

  async failed(email: string, address: string | null): Promise<void> {
    this.local.failed(email, address);
    if (this.redis.status !== "ready") return;
    const now = Date.now();
    const failure = `${now}:${Math.random().toString(36).slice(2)}`;
    const transaction = this.redis.multi();
    for (const key of [keyOf(`account:${email}`), ...(address ? [keyOf(`address:${address}`)] : [])]) {
      transaction.zadd(key, now, failure).pexpire(key, this.limits.windowMs);
    }
    await transaction.exec().catch(() => undefined);
  }

  async succeeded(email: string): Promise<void> {
    this.local.succeeded(email);
    if (this.redis.status !== "ready") return;
    await this.redis.del(keyOf(`account:${email}`)).catch(() => undefined);
  }

  /** Milliseconds until a try is allowed under `key`'s failures: 0 below the limit. */
  private async waitFor(key: string, limit: number): Promise<number> {
    const now = Date.now();
    const replies = await this.redis
      .multi()
      .zremrangebyscore(key, "-inf", now - this.limits.windowMs)
      .zcard(key)
      .zrevrange(key, limit - 1, limit - 1, "WITHSCORES")
      .exec();
    const count = Number(replies?.[1]?.[1] ?? 0);
    if (count < limit) return 0;
    const counted = replies?.[2]?.[1];
    const oldestCounted = Array.isArray(counted) ? Number(counted[1]) : now;
    return Math.max(1000, oldestCounted + this.limits.windowMs - now);
  }
}
