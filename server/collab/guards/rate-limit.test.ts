import { describe, expect, it } from "vitest";
import { ConnectionRateLimiter, TokenBucket } from "./rate-limit";

function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe("TokenBucket", () => {
  it("lets a burst of its capacity through, then refills at its rate", () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(10, 5, clock.now);
    for (let i = 0; i < 5; i += 1) expect(bucket.tryTake(1)).toBe(true);
    expect(bucket.tryTake(1)).toBe(false);
    expect(bucket.msUntil(1)).toBe(100);
    clock.advance(100);
    expect(bucket.tryTake(1)).toBe(true);
    clock.advance(60_000);
    expect(bucket.full).toBe(true);
  });

  it("goes into debt with take, and says how long the debt lasts", () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(1_000, 1_000, clock.now);
    expect(bucket.take(600)).toBe(0);
    expect(bucket.take(1_400)).toBe(1_000);
    clock.advance(500);
    expect(bucket.take(0)).toBe(500);
    clock.advance(500);
    expect(bucket.take(0)).toBe(0);
  });
});

describe("ConnectionRateLimiter", () => {
  it("allows each address its connections per minute, independently", () => {
    const clock = fakeClock();
    const limiter = new ConnectionRateLimiter(3, clock.now);
    expect([1, 2, 3, 4].map(() => limiter.allow("10.0.0.1"))).toEqual([true, true, true, false]);
    expect(limiter.allow("10.0.0.2")).toBe(true);
    clock.advance(20_000);
    expect(limiter.allow("10.0.0.1")).toBe(true);
    expect(limiter.allow("10.0.0.1")).toBe(false);
  });

  it("forgets addresses whose allowance has refilled, so that it does not grow without bound", () => {
    const clock = fakeClock();
    const limiter = new ConnectionRateLimiter(60, clock.now, 100);
    for (let i = 0; i < 100; i += 1) limiter.allow(`10.0.${i >> 8}.${i & 255}`);
    clock.advance(60_000);
    for (let i = 0; i < 1_000; i += 1) {
      limiter.allow(`10.1.${i >> 8}.${i & 255}`);
      clock.advance(60_000);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
