// The current organisation's settings: plan, seats and what the caller may do there.
import { requireTenant, type RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { authorize } from '@nexus/kernel/authz/guard';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { planById, type PlanDefinition } from '../quotas/plans';
import { TenantRepository, type TenantRow } from '../tenants/tenant-repository';
import { ZUpdateOrganizationInput } from './member-inputs';
import { seatsUsed } from './seats';

export interface OrganizationView {
  tenant: TenantRow;
  plan: PlanDefinition;
  seatsUsed: number;
  myPermissions: string[];
  myRoles: string[];
}

async function view(tx: Tx, ctx: RequestContext, tenant: TenantRow): Promise<OrganizationView> {
  return { tenant, plan: planById(tenant.planId), seatsUsed: await seatsUsed(tx, tenant.id), myPermissions: ctx.permissions, myRoles: ctx.roles };
}

export class OrganizationService {
  constructor(private readonly db: Database) {}

  /** Any member (or member's key) may read its settings; what they may change is in myPermissions. Anonymous visitors of its domain may not. */
  async get(ctx: RequestContext): Promise<OrganizationView> {
    const tenantId = requireTenant(ctx);
    if (!ctx.userId && !ctx.apiKeyId) throw new DomainError(ErrorCode.FORBIDDEN, "Sign in as a member to see this organisation's settings.");
    return withTenant(this.db, { tenantId }, async (tx) => {
      const tenant = await TenantRepository.findById(tx, tenantId);
      if (!tenant) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
      return view(tx, ctx, tenant);
    });
  }

  async update(ctx: RequestContext, input: unknown): Promise<OrganizationView> {
    const tenantId = authorize(ctx, 'members:manage');
    const data = parseInput(ZUpdateOrganizationInput, input);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const before = await TenantRepository.lockById(tx, tenantId);
      if (!before) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
      const tenant = await TenantRepository.rename(tx, tenantId, data.name);
      await recordAudit(tx, ctx, {
        action: 'organization.updated', source: 'tenancy', targetType: 'organization', targetId: tenantId, targetLabel: tenant.slug,
        before: { name: before.name }, after: { name: tenant.name },
      });
      return view(tx, ctx, tenant);
    });
  }
}
