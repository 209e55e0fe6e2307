import { describe, expect, it } from "vitest";
import { InMemoryTicketUses } from "./ticket-uses";

const NOW = 1_800_000_000;

describe("the used tokens kept in memory", () => {
  it("let each id be claimed once", async () => {
    const uses = new InMemoryTicketUses(() => NOW);
    expect(await uses.claim("a", NOW + 60)).toBe(true);
    expect(await uses.claim("a", NOW + 60)).toBe(false);
    expect(await uses.claim("b", NOW + 60)).toBe(true);
    expect(await uses.claim("a", NOW + 60)).toBe(false);
  });

  it("forget an id once its token has expired, and not before", async () => {
    let now = NOW;
    const uses = new InMemoryTicketUses(() => now);
    await uses.claim("short", NOW + 5);
    await uses.claim("long", NOW + 600);
    now = NOW + 4;
    expect(await uses.claim("short", NOW + 5)).toBe(false);
    // The sweep runs at most every 10 s: at NOW + 20 it has, and only "short" had expired.
    now = NOW + 20;
    await uses.claim("another", NOW + 80);
    expect(uses.size).toBe(2);
    expect(await uses.claim("long", NOW + 600)).toBe(false);
  });

  it("keep no more ids than were used within one token lifetime", async () => {
    let now = NOW;
    const uses = new InMemoryTicketUses(() => now);
    for (let second = 0; second < 3600; second += 1) {
      now = NOW + second;
      for (let index = 0; index < 10; index += 1) expect(await uses.claim(`${second}-${index}`, now + 60)).toBe(true);
    }
    // 60 s of tokens (10 a second), plus at most one sweep interval's worth.
    expect(uses.size).toBeLessThanOrEqual(700);
  });
});
