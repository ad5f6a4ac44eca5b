// Plans and usage: what the organisation's plan allows, how much of it is used, and moving to another plan.
import { z } from 'zod';
import { authorize } from '@nexus/kernel/authz/guard';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { describeLimit, formatUsed, LIMIT_NAMES, type TLimitName } from '@nexus/kernel/quota';
import { parseInput } from '@nexus/kernel/validation';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { publishAccessChanged } from '../access/access-changed';
import type { IsolationService } from '../isolation/isolation-service';
import type { OrganizationView } from '../members/organization-service';
import { seatsUsed } from '../members/seats';
import { TenantRepository } from '../tenants/tenant-repository';
import { isPlanId, PLANS, planById, type PlanDefinition } from './plans';
import { API_REQUESTS_METRIC, UsageRepository } from './usage-repository';
import { seriesWindow, truncateTo, zeroFill, type TUsageRange } from './usage-series';

export interface QuotaUsageView { limit: TLimitName; used: number; max: number; unit: string }
export interface TenantUsageView { plan: PlanDefinition; quotas: QuotaUsageView[]; apiRequests: { at: string; value: number }[] }

const UNITS: Record<TLimitName, string> = {
  apiRequestsPerMinute: 'requests/min', concurrentWorkflowRuns: 'count', trainingJobs: 'count', storageBytes: 'bytes', publishedAgents: 'count', seats: 'count',
};
/** What a downgrade must fit into; the rest (rates, running jobs) simply meet the new limit from then on. */
const MUST_FIT: readonly TLimitName[] = ['seats', 'publishedAgents', 'storageBytes'];

const ZPlanId = z.object({ planId: z.string().trim().refine(isPlanId, { message: `must be one of ${PLANS.map((p) => p.id).join(', ')}` }) });

export class QuotaService {
  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly isolation: IsolationService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  plans(): readonly PlanDefinition[] {
    return PLANS;
  }

  async usage(ctx: RequestContext, range: TUsageRange): Promise<TenantUsageView> {
    const tenantId = authorize(ctx, 'billing:read');
    const now = this.now();
    return withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const tenant = await TenantRepository.findById(tx, tenantId);
      if (!tenant) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
      const plan = planById(tenant.planId);
      const used = await this.used(tx, tenantId, now);
      const window = seriesWindow(range, now);
      const rows = await UsageRepository.series(tx, tenantId, API_REQUESTS_METRIC, window.unit, window.from);
      return {
        plan,
        quotas: LIMIT_NAMES.map((limit) => ({ limit, used: used[limit], max: plan.limits[limit], unit: UNITS[limit] })),
        apiRequests: zeroFill(window.starts, rows),
      };
    });
  }

  /**
   * Moves the organisation to another plan. A plan too small for what is already there (seats, published agents,
   * storage) is refused with the first limit it breaks. Gateways drop their cached grants (limits travel in them)
   * and, with a cluster, the namespace quota is re-applied.
   */
  async changePlan(ctx: RequestContext, input: { planId: string }): Promise<OrganizationView> {
    const tenantId = authorize(ctx, 'quotas:manage');
    const target = planById(parseInput(ZPlanId, input).planId);
    const { view, reapply, changed } = await withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const before = await UsageRepository.lockTenant(tx, tenantId);
      if (!before) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
      const used = await this.used(tx, tenantId, this.now());
      if (before.planId === target.id) return { view: orgView(ctx, before, target, used.seats), reapply: false, changed: false };
      for (const limit of MUST_FIT) {
        const max = target.limits[limit];
        if (max >= 0 && used[limit] > max) {
          throw new DomainError(ErrorCode.QUOTA_EXCEEDED, `The ${target.name} plan allows ${describeLimit(limit, max)}, but ${formatUsed(limit, used[limit])} are in use (${limit}). Free some up first.`, { field: limit });
        }
      }
      const tenant = await UsageRepository.setPlan(tx, tenantId, target.id);
      await recordAudit(tx, ctx, {
        action: 'plan.changed', source: 'tenancy', targetType: 'organization', targetId: tenantId, targetLabel: tenant.slug,
        before: { planId: before.planId }, after: { planId: target.id },
      });
      const reapply = await this.isolation.planChanged(tx, { id: tenantId, slug: tenant.slug, planId: target.id });
      return { view: orgView(ctx, tenant, target, used.seats), reapply, changed: true };
    });
    if (changed) await publishAccessChanged(this.pubsub, { tenantId });
    if (reapply) this.isolation.wake();
    return view;
  }

  /** Current use of every limit: seats counted now, the last full minute's requests, the rest from gauges. */
  private async used(tx: Tx, tenantId: string, now: Date): Promise<Record<TLimitName, number>> {
    const gauges = await UsageRepository.gauges(tx, tenantId);
    const lastFullMinute = new Date(truncateTo(now.getTime(), 60_000) - 60_000);
    return {
      seats: await seatsUsed(tx, tenantId),
      apiRequestsPerMinute: await UsageRepository.sampleAt(tx, tenantId, API_REQUESTS_METRIC, lastFullMinute),
      concurrentWorkflowRuns: gauges.get('concurrentWorkflowRuns') ?? 0,
      trainingJobs: gauges.get('trainingJobs') ?? 0,
      storageBytes: gauges.get('storageBytes') ?? 0,
      publishedAgents: gauges.get('publishedAgents') ?? 0,
    };
  }
}

function orgView(ctx: RequestContext, tenant: OrganizationView['tenant'], plan: PlanDefinition, seats: number): OrganizationView {
  return { tenant, plan, seatsUsed: seats, myPermissions: ctx.permissions, myRoles: ctx.roles };
}
