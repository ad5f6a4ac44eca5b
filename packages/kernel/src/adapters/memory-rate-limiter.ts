// RateLimiter port in process: token buckets in an LRU, for tests, dev and single-instance runs.
import { LRUCache } from 'lru-cache';
import type { RateLimiter, RateLimiterOptions, RateLimitResult } from '../ports/rate-limiter';
import { assertCost, assertLimiterOptions, type Bucket, fullRefillMs, takeTokens } from './token-bucket';

export interface MemoryRateLimiterOptions extends RateLimiterOptions {
  /** Keys tracked at once; an evicted key starts again with a full bucket. Default 100,000. */
  maxKeys?: number;
  /** Clock in ms, for tests that move time by hand. */
  now?: () => number;
}

export class MemoryRateLimiterAdapter implements RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly now: () => number;

  constructor(private readonly opts: MemoryRateLimiterOptions) {
    assertLimiterOptions(opts);
    this.now = opts.now ?? Date.now;
    this.buckets = new LRUCache({ max: opts.maxKeys ?? 100_000 });
  }

  async take(key: string, cost = 1, limits?: RateLimiterOptions): Promise<RateLimitResult> {
    const o = limits ?? this.opts;
    if (limits) assertLimiterOptions(limits);
    assertCost(cost, o);
    const { bucket, result } = takeTokens(this.buckets.get(key), this.now(), cost, o);
    // A bucket left alone for a full refill is indistinguishable from a new one, so it may be forgotten.
    this.buckets.set(key, bucket, { ttl: fullRefillMs(o) });
    return result;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
