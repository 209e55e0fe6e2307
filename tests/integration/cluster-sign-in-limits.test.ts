// Failed sign-ins across a cluster's nodes (issue #18): two nodes' limiters on
// one Redis count together, so that trying passwords on both gets no more
// tries than on one; a success on either clears the account's count.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RedisSignInLimiter } from "@/server/cluster/redis-sign-in-limiter";
import { TEST_REDIS_URL } from "../helpers/test-redis";

const connections: Redis[] = [];
/** A node's limiter, once its connection to Redis is ready (as a node's is before it listens). */
async function node(): Promise<RedisSignInLimiter> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  connections.push(redis);
  await redis.connect();
  return new RedisSignInLimiter(redis, { windowMs: 60_000, perAccount: 4, perAddress: 6 });
}
afterAll(() => {
  for (const redis of connections) redis.disconnect();
});

describe("failed sign-ins on two nodes", () => {
  it("are counted together per account, and a success on either clears them", async () => {
    const [first, second] = await Promise.all([node(), node()]);
    const email = `${randomUUID()}@kateb.test`;
    for (const limiter of [first, second, first, second]) {
      expect(await limiter.retryAfter(email, null)).toBe(0);
      await limiter.failed(email, null);
    }
    // Each node alone has seen two of the four.
    expect(await first.retryAfter(email, null)).toBeGreaterThan(0);
    expect(await second.retryAfter(email, null)).toBeGreaterThan(0);
    await second.succeeded(email);
    // The other node's own two remain with it, under its own limit.
    expect(await first.retryAfter(email, null)).toBe(0);
  });

  it("are counted together per address, across accounts", async () => {
    const [first, second] = await Promise.all([node(), node()]);
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let attempt = 0; attempt < 6; attempt += 1) await (attempt % 2 === 0 ? first : second).failed(`${randomUUID()}@kateb.test`, address);
    expect(await first.retryAfter(`${randomUUID()}@kateb.test`, address)).toBeGreaterThan(0);
    expect(await second.retryAfter(`${randomUUID()}@kateb.test`, address)).toBeGreaterThan(0);
  });
});
