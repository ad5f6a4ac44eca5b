// A tenant's Kubernetes isolation as the console sees it: provisioning state, the manifests, and "retry now".
import { authorize } from '@nexus/kernel/authz/guard';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { IsolationRepository, type IsolationRow } from './isolation-repository';
import { manifestHash, manifestsForTenant, type IsolatedTenant } from './plan-manifests';
import { tenantNamespace } from './tenant-manifests';
import { toYaml } from './to-yaml';

/** `cluster`: a kubeconfig is set and the provisioner applies; `manual`: the manifests are shown for download. */
export type IsolationMode = 'cluster' | 'manual';

export interface KubernetesIsolationView {
  namespace: string;
  status: IsolationRow['status'];
  attempts: number;
  lastError: string | null;
  appliedAt: string | null;
  nextAttemptAt: string | null;
  yaml: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export class IsolationService {
  constructor(
    private readonly db: Database,
    private readonly mode: IsolationMode,
    private readonly provisioner: { wake(): void } | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async state(ctx: RequestContext): Promise<KubernetesIsolationView> {
    const tenantId = authorize(ctx, 'quotas:manage');
    const view = await withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const tenant = await this.tenant(tx, tenantId);
      return toView(await this.ensure(tx, tenant), tenant);
    });
    // A row created just now is due at once; no need to wait for the next tick.
    if (view.status === 'PENDING') this.wake();
    return view;
  }

  async retry(ctx: RequestContext): Promise<KubernetesIsolationView> {
    const tenantId = authorize(ctx, 'quotas:manage');
    if (this.mode === 'manual') {
      throw new DomainError(ErrorCode.CONFLICT, 'No Kubernetes cluster is configured (KUBECONFIG is unset): download the manifests and apply them yourself.');
    }
    const view = await withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const tenant = await this.tenant(tx, tenantId);
      const before = await this.ensure(tx, tenant);
      const after = await IsolationRepository.requestApply(tx, tenantId, this.now(), { resetAttempts: false });
      await recordAudit(tx, ctx, {
        action: 'isolation.retry_requested', source: 'tenancy', targetType: 'kubernetes_isolation', targetId: tenantId, targetLabel: after.namespace,
        before: { status: before.status, attempts: before.attempts, lastError: before.lastError }, after: { status: after.status },
      });
      return toView(after, tenant);
    });
    this.wake();
    return view;
  }

  /** In a plan change's transaction: schedules a re-apply when the new plan's manifests differ from those applied. */
  async planChanged(tx: Tx, tenant: IsolatedTenant): Promise<boolean> {
    const row = await this.ensure(tx, tenant);
    if (this.mode === 'manual') return false;
    if (row.status === 'READY' && row.manifestHash === manifestHash(manifestsForTenant(tenant))) return false;
    await IsolationRepository.requestApply(tx, tenant.id, this.now(), { resetAttempts: true });
    return true;
  }

  /** For a tenant just created (TenantCreated); false when the tenant is already gone. */
  async ensureFor(tx: Tx, tenantId: string): Promise<boolean> {
    const tenant = await IsolationRepository.tenant(tx, tenantId);
    if (tenant) await this.ensure(tx, tenant);
    return tenant !== null;
  }

  wake(): void {
    this.provisioner?.wake();
  }

  private async tenant(tx: Tx, tenantId: string): Promise<IsolatedTenant> {
    const tenant = await IsolationRepository.tenant(tx, tenantId);
    if (!tenant) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
    return tenant;
  }

  private ensure(tx: Tx, tenant: IsolatedTenant): Promise<IsolationRow> {
    return IsolationRepository.ensure(tx, { tenantId: tenant.id, namespace: tenantNamespace(tenant.slug), status: this.mode === 'cluster' ? 'PENDING' : 'MANUAL', now: this.now() });
  }
}

function toView(row: IsolationRow, tenant: IsolatedTenant): KubernetesIsolationView {
  return {
    namespace: row.namespace,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    appliedAt: iso(row.appliedAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    // Always the current plan's objects: in manual mode they are what to apply; otherwise what is (being) applied.
    yaml: toYaml(manifestsForTenant(tenant)),
  };
}
