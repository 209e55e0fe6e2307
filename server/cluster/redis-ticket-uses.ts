// Single-use collaboration tokens across nodes: a token's id is claimed in
// Redis (SET NX until the token expires), so a token that opened a connection
// on one node opens nothing on another. While Redis cannot be reached, each
// node remembers its own claims (a token could then be used once per node
// within its lifetime, ~60 s), so that connecting keeps working.
import type { Redis } from "ioredis";
import { InMemoryTicketUses, type TicketUses } from "@/server/auth/ticket-uses";

export class RedisTicketUses implements TicketUses {
  private readonly fallback = new InMemoryTicketUses();

  constructor(private readonly redis: Redis) {}

  async claim(id: string, expiresAt: number): Promise<boolean> {
    // Also kept here: a token claimed in Redis is refused here even while Redis is away.
    const firstHere = await this.fallback.claim(id, expiresAt);
    if (this.redis.status !== "ready") return firstHere;
    try {
      const set = await this.redis.set(`ticket:${id}`, "1", "EXAT", Math.max(expiresAt, Math.floor(Date.now() / 1000) + 1), "NX");
      return set === "OK" && firstHere;
    } catch {
      return firstHere;
    }
  }
}
