// Two deployments sharing one Redis (REDIS_PREFIX): neither hears the other's
// channels nor sees its keys, while the nodes of one deployment share both.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { RedisBus } from "@/server/cluster/redis-bus";
import { RedisTicketUses } from "@/server/cluster/redis-ticket-uses";
import { TEST_REDIS_URL } from "../helpers/test-redis";

const buses: RedisBus[] = [];
const logger = { error: () => undefined };
async function node(prefix: string): Promise<RedisBus> {
  const bus = await RedisBus.connect(TEST_REDIS_URL, logger, prefix);
  buses.push(bus);
  return bus;
}
afterAll(async () => {
  for (const bus of buses) await bus.close();
});

describe("deployments sharing a Redis", () => {
  it("hear only their own deployment's channels", async () => {
    const [one, two] = [`one-${randomUUID()}`, `two-${randomUUID()}`];
    const [first, second, other] = await Promise.all([node(one), node(one), node(two)]);
    const heard: string[] = [];
    await second.subscribe("events", (message) => heard.push(`second ${new TextDecoder().decode(message)}`));
    await other.subscribe("events", (message) => heard.push(`other ${new TextDecoder().decode(message)}`));
    // Redis counts who received it: the other deployment's node follows "events" too, and is not among them.
    expect(await first.publishCounted("events", new TextEncoder().encode("hello"))).toBe(1);
    expect(await other.publishCounted("events", new TextEncoder().encode("hi"))).toBe(1);
    await expect.poll(() => heard.toSorted()).toEqual(["other hi", "second hello"]);
  });

  it("keep their own keys: a token used in one deployment is still unused in the other", async () => {
    const [one, two] = [`one-${randomUUID()}`, `two-${randomUUID()}`];
    const [first, second, other] = await Promise.all([node(one), node(one), node(two)]);
    const ticket = randomUUID();
    const expiresAt = Math.floor(Date.now() / 1000) + 60;
    expect(await new RedisTicketUses(first.commands).claim(ticket, expiresAt)).toBe(true);
    expect(await new RedisTicketUses(second.commands).claim(ticket, expiresAt)).toBe(false);
    expect(await new RedisTicketUses(other.commands).claim(ticket, expiresAt)).toBe(true);
  });
});
