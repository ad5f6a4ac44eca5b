// Plan limits of a tenant for runs that no request started (webhooks, schedules, error handlers): asked of tenancy's
// signed access endpoint as the tenant's anonymous caller (which answers with the plan's limits and no permissions),
// and kept for 30 s. Unknown when tenancy cannot be reached: the run is then not held back (logged), since a trigger
// must not be lost to a brief outage of another service.
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import type { Logger } from '@nexus/kernel/logger';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';

export interface TenantLimits {
  /** The plan's limits by name (-1: unlimited), or null when they cannot be known right now. */
  of(tenantId: string): Promise<Record<string, number> | null>;
}

const TTL_MS = 30_000;

export function createTenantLimits(o: { tenancyUrl: string; contextSecret: string; logger: Logger; fetch?: typeof fetch; now?: () => number }): TenantLimits {
  const cache = new Map<string, { limits: Record<string, number>; until: number }>();
  const now = o.now ?? Date.now;
  const doFetch = o.fetch ?? fetch;
  return {
    async of(tenantId) {
      const hit = cache.get(tenantId);
      if (hit && hit.until > now()) return hit.limits;
      const ctx: RequestContext = { ...anonymousContext(), tenantId };
      try {
        const res = await doFetch(new URL('/internal/access', o.tenancyUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(ctx, o.contextSecret) },
          body: JSON.stringify({ tenantId }),
          signal: AbortSignal.timeout(3_000),
        });
        const answer = (await res.json()) as { ok?: boolean; limits?: Record<string, number> };
        if (!res.ok || !answer.ok || !answer.limits) throw new Error(`tenancy answered ${res.status}`);
        cache.set(tenantId, { limits: answer.limits, until: now() + TTL_MS });
        return answer.limits;
      } catch (err) {
        o.logger.warn({ err, tenantId }, 'plan limits unknown; the run is not held to them');
        return null;
      }
    },
  };
}
