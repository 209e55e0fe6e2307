import { describe, expect, it } from "vitest";
import { SignInLimiter } from "./sign-in-limiter";

describe("SignInLimiter", () => {
  it("allows 5 failures per account in 15 minutes, then asks to wait until the oldest leaves the window", () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(undefined, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter("a@x", "10.0.0.1")).toBe(0);
      limiter.failed("a@x", "10.0.0.1");
      now += 1000;
    }
    expect(limiter.retryAfter("a@x", "10.0.0.1")).toBe(15 * 60 - 5);
    // Another account from the same address is not held back by this one's failures.
    expect(limiter.retryAfter("b@x", "10.0.0.1")).toBe(0);
    now += 15 * 60_000;
    expect(limiter.retryAfter("a@x", "10.0.0.1")).toBe(0);
  });

  it("clears an account's failures when it signs in", () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 4; i++) limiter.failed("a@x", null);
    limiter.succeeded("a@x");
    for (let i = 0; i < 4; i++) limiter.failed("a@x", null);
    expect(limiter.retryAfter("a@x", null)).toBe(0);
  });

  it("limits an address trying many accounts", () => {
    const limiter = new SignInLimiter({ windowMs: 60_000, perAccount: 5, perAddress: 3 });
    for (const email of ["a@x", "b@x", "c@x"]) limiter.failed(email, "10.0.0.9");
    expect(limiter.retryAfter("d@x", "10.0.0.9")).toBeGreaterThan(0);
    expect(limiter.retryAfter("d@x", "10.0.0.10")).toBe(0);
  });
});
