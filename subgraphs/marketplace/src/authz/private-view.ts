// Which tenant's private catalogue a read may include: the caller's, only when it holds `agents:read`.
import type { RequestContext } from '@nexus/kernel/context';

/**
 * Reads run as this tenant (RLS then adds its private agents, drafts and unpublished versions to the
 * public catalogue) or as no tenant (public catalogue only). A credential without `agents:read`, such as
 * an API key scoped to `keys:manage`, still browses the public marketplace but sees nothing private.
 */
export function privateViewTenant(ctx: Pick<RequestContext, 'tenantId' | 'permissions'>): string | null {
  return ctx.tenantId && ctx.permissions.includes('agents:read') ? ctx.tenantId : null;
}
