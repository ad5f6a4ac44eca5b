// Runs the RateLimiter contract on the memory adapter always, and on Redis when a server is reachable.
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { describe, expect, it } from 'vitest';
import { MemoryRateLimiterAdapter } from '../adapters/memory-rate-limiter';
import { RedisRateLimiterAdapter } from '../adapters/redis-rate-limiter';
import { describeRateLimiterContract } from './rate-limiter.contract';

describeRateLimiterContract('MemoryRateLimiterAdapter', (opts) => new MemoryRateLimiterAdapter(opts));

describe('MemoryRateLimiterAdapter with a hand-driven clock', () => {
  it('gives back exactly refillPerSecond tokens per second', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiterAdapter({ capacity: 10, refillPerSecond: 2, now: () => now });
    expect(await limiter.take('k', 10)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.take('k', 3)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1.5 });
    now += 1_500;
    expect(await limiter.take('k', 3)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });
});

const redisUrl = await detectRedis('RedisRateLimiterAdapter suite skipped; memory adapter covered');
// Buckets expire on their own once full again, so the run leaves nothing behind.
const keyPrefix = `${uniqueRunId('rl')}:`;

describe.skipIf(!redisUrl)('RedisRateLimiterAdapter', () => {
  describeRateLimiterContract('RedisRateLimiterAdapter', (opts) => new RedisRateLimiterAdapter({ ...opts, url: redisUrl!, keyPrefix }));
});
