// RateLimiter port: token buckets per key (tenant, API key) for the gateway's request limits.
export interface RateLimitResult {
  allowed: boolean;
  /** Whole tokens left after this take. */
  remaining: number;
  /** 0 when allowed; otherwise seconds until `cost` tokens are back (fractional: ceil it for a Retry-After header). */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Bucket size: the burst a key may spend at once. */
  capacity: number;
  /** Tokens added back per second, up to capacity. */
  refillPerSecond: number;
}

export interface RateLimiter {
  /**
   * Takes `cost` tokens (default 1) from `key`'s bucket if it has them; a denied take takes nothing.
   * `limits` replaces the limiter's own capacity and refill for this call: per-tenant plan limits share one
   * limiter although every tenant's bucket has its own size (a bucket keeps its tokens when its size changes).
   */
  take(key: string, cost?: number, limits?: RateLimiterOptions): Promise<RateLimitResult>;
  close(): Promise<void>;
}
