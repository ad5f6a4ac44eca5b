// Token bucket arithmetic for the in-process limiter; redis-rate-limiter's Lua script mirrors it line for line.
import { DomainError, ErrorCode } from '../errors';
import type { RateLimiterOptions, RateLimitResult } from '../ports/rate-limiter';

export interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

export function assertLimiterOptions(o: RateLimiterOptions): void {
  if (!(o.capacity > 0) || !(o.refillPerSecond > 0)) {
    throw new DomainError(ErrorCode.INTERNAL, `Rate limiter needs capacity > 0 and refillPerSecond > 0 (got ${o.capacity}, ${o.refillPerSecond}).`);
  }
}

export function assertCost(cost: number, o: RateLimiterOptions): void {
  if (!(cost > 0) || !Number.isFinite(cost)) throw new DomainError(ErrorCode.INTERNAL, `Rate limit cost must be a positive number (got ${cost}).`);
  // Such a request could never pass; saying so beats a retryAfter that lies.
  if (cost > o.capacity) throw new DomainError(ErrorCode.RATE_LIMITED, `This request costs ${cost}, more than the limit's capacity of ${o.capacity}.`);
}

/** Seconds for an idle bucket to fill up: after that its state is the default and can be forgotten. */
export const fullRefillMs = (o: RateLimiterOptions) => Math.ceil((o.capacity / o.refillPerSecond) * 1000);

export function takeTokens(bucket: Bucket | undefined, nowMs: number, cost: number, o: RateLimiterOptions): { bucket: Bucket; result: RateLimitResult } {
  const elapsed = bucket ? Math.max(0, nowMs - bucket.updatedAtMs) / 1000 : 0;
  const tokens = bucket ? Math.min(o.capacity, bucket.tokens + elapsed * o.refillPerSecond) : o.capacity;
  const allowed = tokens >= cost;
  const left = allowed ? tokens - cost : tokens;
  const retryAfterSeconds = allowed ? 0 : Math.ceil(((cost - tokens) / o.refillPerSecond) * 1000) / 1000;
  return { bucket: { tokens: left, updatedAtMs: nowMs }, result: { allowed, remaining: Math.floor(left), retryAfterSeconds } };
}
