// The per-address connection limit across nodes: each node keeps its own
// token bucket (guards/rate-limit.ts), and the cluster keeps one more per
// address in Redis, the same bucket (the limit per minute, refilled evenly),
// so that spreading connections over the nodes gets no more in. Redis's own
// clock times it, one for every node. While Redis is away only each node's
// own limit holds.
import type { Redis } from "ioredis";

/** Takes one token from the bucket KEYS[1] (ARGV: tokens per millisecond, capacity); 1 when there was one. */
const TAKE_TOKEN = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate))
return allowed`;

export class RedisConnectionLimit {
  constructor(
    private readonly redis: Redis,
    private readonly perMinute: number,
  ) {}

  async allow(address: string): Promise<boolean> {
    if (this.redis.status !== "ready") return true;
    try {
      const allowed = await this.redis.eval(TAKE_TOKEN, 1, `connections:${address}`, this.perMinute / 60_000, this.perMinute);
      return allowed !== 0;
    } catch {
      return true;
    }
  }
}
