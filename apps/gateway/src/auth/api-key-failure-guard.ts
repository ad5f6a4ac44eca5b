// Brute-force brake on API keys: each client IP may present only so many refused keys a minute.
import type { Cache } from '@nexus/kernel/ports/cache';
import type { RateLimiter, RateLimiterOptions } from '@nexus/kernel/ports/rate-limiter';

export const API_KEY_FAILURES_PER_MINUTE = 10;

/** Thrown once an IP has spent its refused-key budget; the caller answers 429 with Retry-After. */
export class ApiKeyBruteForceError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many refused API keys from this client; retry in ${retryAfterSeconds} s`);
  }
}

/** The bucket behind the guard: `perMinute` failures at once, refilled over a minute. */
export const apiKeyFailureLimits = (perMinute = API_KEY_FAILURES_PER_MINUTE): RateLimiterOptions => ({ capacity: perMinute, refillPerSecond: perMinute / 60 });

const blockKey = (ip: string) => `auth:apikey-block:${ip}`;

export interface ApiKeyFailureGuardOptions {
  /** Built with `apiKeyFailureLimits(perMinute)`; Redis-backed so every replica counts the same failures. */
  limiter: RateLimiter;
  /** Holds the "blocked until" mark every replica checks before asking tenancy. */
  cache: Cache;
  perMinute?: number;
  now?: () => number;
}

/**
 * The token bucket only counts failures, so a valid key never spends from it. Once the bucket is empty the IP
 * is marked blocked in the cache until a token is back; the mark is checked before tenancy is asked, so a
 * blocked client costs the gateway one cache read and tenancy nothing.
 */
export class ApiKeyFailureGuard {
  private readonly refillMs: number;
  private readonly now: () => number;

  constructor(private readonly o: ApiKeyFailureGuardOptions) {
    this.refillMs = 60_000 / (o.perMinute ?? API_KEY_FAILURES_PER_MINUTE);
    this.now = o.now ?? Date.now;
  }

  /** Throws ApiKeyBruteForceError while the IP is blocked. */
  async assertAllowed(ip: string): Promise<void> {
    const until = await this.o.cache.get<number>(blockKey(ip));
    if (until !== undefined && until > this.now()) throw new ApiKeyBruteForceError(Math.max(1, Math.ceil((until - this.now()) / 1000)));
  }

  /** Counts one refused key; throws ApiKeyBruteForceError when it went over the budget. */
  async recordFailure(ip: string): Promise<void> {
    const r = await this.o.limiter.take(`apikey-fail:${ip}`);
    if (r.allowed && r.remaining > 0) return;
    const waitMs = r.allowed ? this.refillMs : r.retryAfterSeconds * 1000;
    await this.o.cache.set(blockKey(ip), this.now() + waitMs, waitMs / 1000);
    if (!r.allowed) throw new ApiKeyBruteForceError(Math.max(1, Math.ceil(waitMs / 1000)));
  }
}
