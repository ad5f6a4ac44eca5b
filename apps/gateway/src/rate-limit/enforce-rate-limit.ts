// Token buckets before execution: per API key and per tenant when known, per client IP otherwise.
import type { Logger } from '@nexus/kernel/logger';
import { ErrorCode } from '@nexus/kernel/errors';
import type { RateLimiter } from '@nexus/kernel/ports/rate-limiter';
import type { Identity } from '../auth/identity';
import { gatewayError } from '../errors';

export interface GatewayRateLimiters {
  perTenant: RateLimiter;
  perKey: RateLimiter;
  anonymous: RateLimiter;
  /** Refused API keys per client IP (`apiKeyFailureLimits()`); default: an in-process bucket. */
  apiKeyFailures?: RateLimiter;
}

interface Bucket {
  limiter: RateLimiter;
  key: string;
  label: string;
}

/** A key spends from its own bucket and its tenant's, so many keys cannot multiply a tenant's budget. */
export function bucketsFor(identity: Identity, clientIp: string, limiters: GatewayRateLimiters): Bucket[] {
  const buckets: Bucket[] = [];
  if (identity.apiKeyId) buckets.push({ limiter: limiters.perKey, key: `key:${identity.apiKeyId}`, label: `API key ${identity.apiKeyId}` });
  // Visitors of a tenant's own domain carry its tenant id but no credential: they are limited per IP, or anyone
  // could spend the tenant's budget.
  const authenticated = !!identity.apiKeyId || !!identity.userId;
  if (identity.tenantId && authenticated) buckets.push({ limiter: limiters.perTenant, key: `tenant:${identity.tenantId}`, label: `tenant ${identity.tenantId}` });
  if (buckets.length === 0) buckets.push({ limiter: limiters.anonymous, key: `ip:${clientIp}`, label: `client ${clientIp}` });
  return buckets;
}

/** Throws RATE_LIMITED (HTTP 429 + Retry-After) when any bucket is empty. */
export async function enforceRateLimit(identity: Identity, clientIp: string, limiters: GatewayRateLimiters, logger: Logger): Promise<void> {
  for (const bucket of bucketsFor(identity, clientIp, limiters)) {
    let decision;
    try {
      decision = await bucket.limiter.take(bucket.key);
    } catch (e) {
      // A limiter outage (Redis down) must not take the API down with it: let the request through and shout.
      logger.error({ err: e, bucket: bucket.key }, 'rate limiter failed; allowing the request');
      continue;
    }
    if (decision.allowed) continue;
    const retryAfter = Math.max(1, Math.ceil(decision.retryAfterSeconds));
    throw gatewayError(ErrorCode.RATE_LIMITED, `Rate limit exceeded for ${bucket.label}: retry in ${retryAfter} s.`, {
      status: 429,
      headers: { 'Retry-After': String(retryAfter) },
      details: { retryAfterSeconds: retryAfter },
    });
  }
}
