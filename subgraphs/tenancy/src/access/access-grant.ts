// What a caller may do in a tenant, worked out from their role (and, for an API key, its scopes) and the plan.
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { isPlatformPermission } from '@nexus/kernel/authz/permissions';
import type { TCustomRole } from '@nexus/kernel/authz/roles';
import type { PlanDefinition } from '../quotas/plans';

export type AccessAnswer =
  | { ok: true; roles: string[]; permissions: string[]; limits: Record<string, number>; planId: string }
  | { ok: false; reason: string };

export interface GrantInput {
  /** The member's role (for an API key: its creator's); null for an anonymous caller on the tenant's domain. */
  role: string | null;
  apiKeyId: string | null;
  scopes: readonly string[];
  customRoles: readonly TCustomRole[];
  /** Platform permissions (agents:review) only count in the platform's own organisation. */
  isPlatformTenant: boolean;
  plan: PlanDefinition;
}

export function grantFor(input: GrantInput): AccessAnswer {
  const roles = input.role ? [input.role] : [];
  const permissions = [...effectivePermissions({ roles, scopes: [...input.scopes], apiKeyId: input.apiKeyId }, { customRoles: input.customRoles })]
    .filter((p) => input.isPlatformTenant || !isPlatformPermission(p))
    .sort();
  return { ok: true, roles, permissions, limits: { ...input.plan.limits }, planId: input.plan.id };
}
