// The plan's per-minute API limit, enforced per tenant at the gateway, and the request meter behind usage charts.
import { createRateLimiter } from '@nexus/kernel/adapters/create-adapters';
import { ErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import type { RateLimiter } from '@nexus/kernel/ports/rate-limiter';
import { describeLimit, limitOf } from '@nexus/kernel/quota';
import { gatewayError } from '../errors';
import type { PlanGuard } from '../use-request-context';
import { ApiRequestMeter } from './api-request-meter';

export interface PlanGuardOptions {
  /** Shared by every tenant; each take passes that tenant's bucket size, so the limiter's own options go unused. */
  limiter: RateLimiter;
  meter: { record(tenantId: string): void };
  logger: Logger;
}

const LIMIT = 'apiRequestsPerMinute';

function quotaExceeded(max: number, retryAfterSeconds: number) {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return gatewayError(ErrorCode.QUOTA_EXCEEDED, `Plan limit reached: ${LIMIT} allows ${describeLimit(LIMIT, max)}; retry in ${retryAfter} s or upgrade the plan.`, {
    status: 429,
    headers: { 'Retry-After': String(retryAfter) },
    details: { limit: LIMIT, max, retryAfterSeconds: retryAfter },
  });
}

/**
 * A token bucket per tenant holding one minute's allowance and refilling it evenly over the minute: a tenant may
 * burst up to its whole per-minute limit, and never sustain more than the limit.
 */
export function createPlanGuard(o: PlanGuardOptions): PlanGuard {
  return {
    async enforce(ctx) {
      if (!ctx.tenantId) return;
      const max = limitOf(ctx, LIMIT);
      if (max === undefined) return; // unlimited plan, or a context without limits
      if (max === 0) throw quotaExceeded(0, 60);
      let decision;
      try {
        decision = await o.limiter.take(`plan:${ctx.tenantId}`, 1, { capacity: max, refillPerSecond: max / 60 });
      } catch (e) {
        // As with the other rate limits: a limiter outage must not take the API down with it.
        o.logger.error({ err: e, tenantId: ctx.tenantId }, 'plan limiter failed; allowing the request');
        return;
      }
      if (!decision.allowed) throw quotaExceeded(max, decision.retryAfterSeconds);
    },
    record(ctx) {
      if (ctx.tenantId) o.meter.record(ctx.tenantId);
    },
  };
}

export interface StartPlanGuardOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  /** Shared buckets across gateway replicas when set; in-process otherwise. */
  redisUrl?: string;
  keyPrefix?: string;
  logger: Logger;
}

/** The guard with its limiter and a started meter; `close` delivers the last counts. */
export function startPlanGuard(o: StartPlanGuardOptions): PlanGuard & { close(): Promise<void> } {
  // Every take passes the tenant's own limits; these are only the limiter's (unused) defaults.
  const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, redisUrl: o.redisUrl, keyPrefix: o.keyPrefix });
  const meter = new ApiRequestMeter({ tenancyHttpUrl: o.tenancyHttpUrl, contextSecret: o.contextSecret, logger: o.logger }).start();
  const guard = createPlanGuard({ limiter, meter, logger: o.logger });
  return {
    ...guard,
    async close() {
      await meter.close();
      await limiter.close();
    },
  };
}
