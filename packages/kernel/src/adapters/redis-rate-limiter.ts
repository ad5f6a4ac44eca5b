// RateLimiter port across processes: one atomic Lua script per take, clocked by Redis so app servers' clocks do not matter.
import type { Redis } from 'ioredis';
import { createLogger } from '../logger';
import type { RateLimiter, RateLimiterOptions, RateLimitResult } from '../ports/rate-limiter';
import { closeRedis, connectRedis } from './redis-connection';
import { assertCost, assertLimiterOptions, fullRefillMs } from './token-bucket';

export interface RedisRateLimiterOptions extends RateLimiterOptions {
  url: string;
  /** Prepended to every bucket key, e.g. `nexus:rl:` or a per-test-run id. */
  keyPrefix?: string;
}

// Same arithmetic as token-bucket.ts. Numbers travel as strings because Lua floats are truncated in replies.
const TAKE = `
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = capacity
if state[1] then
  local elapsed = math.max(0, now - tonumber(state[2])) / 1000
  tokens = math.min(capacity, tonumber(state[1]) + elapsed * refill)
end
local allowed = tokens >= cost
if allowed then tokens = tokens - cost end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], ttl)
local retry = 0
if not allowed then retry = (cost - tokens) / refill end
return { allowed and 1 or 0, tostring(tokens), tostring(retry) }
`;

const log = createLogger('kernel.redis-rate-limiter');

export class RedisRateLimiterAdapter implements RateLimiter {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(private readonly opts: RedisRateLimiterOptions) {
    assertLimiterOptions(opts);
    this.prefix = opts.keyPrefix ?? '';
    this.redis = connectRedis(opts.url, 'rate-limiter', log);
    this.redis.defineCommand('nexusTakeTokens', { numberOfKeys: 1, lua: TAKE });
  }

  async take(key: string, cost = 1, limits?: RateLimiterOptions): Promise<RateLimitResult> {
    const o = limits ?? this.opts;
    if (limits) assertLimiterOptions(limits);
    assertCost(cost, o);
    const run = (this.redis as unknown as Record<string, (...args: unknown[]) => Promise<[number, string, string]>>).nexusTakeTokens!;
    const [allowed, tokens, retry] = await run.call(this.redis, this.prefix + key, o.capacity, o.refillPerSecond, cost, fullRefillMs(o));
    return {
      allowed: allowed === 1,
      remaining: Math.floor(Number(tokens)),
      retryAfterSeconds: Math.ceil(Number(retry) * 1000) / 1000,
    };
  }

  async close(): Promise<void> {
    await closeRedis(this.redis);
  }
}
