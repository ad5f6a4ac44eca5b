// The provisioning state of each tenant's namespace (tenant_isolation), read by the tenant and driven by the worker.
import type { TenantIsolation } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';

export type IsolationRow = TenantIsolation;

export interface DueIsolation {
  tenantId: string;
  slug: string;
  planId: string;
  attempts: number;
}

export const IsolationRepository = {
  tenant: (tx: Tx, tenantId: string): Promise<{ id: string; slug: string; planId: string } | null> =>
    tx.tenant.findUnique({ where: { id: tenantId }, select: { id: true, slug: true, planId: true } }),

  find: (tx: Tx, tenantId: string): Promise<IsolationRow | null> => tx.tenantIsolation.findUnique({ where: { tenantId } }),

  /** Creates the row if the tenant has none yet (idempotent); returns the row either way. */
  async ensure(tx: Tx, data: { tenantId: string; namespace: string; status: 'PENDING' | 'MANUAL'; now: Date }): Promise<IsolationRow> {
    const nextAttemptAt = data.status === 'PENDING' ? data.now : null;
    await tx.$executeRaw`INSERT INTO tenant_isolation (tenant_id, namespace, status, next_attempt_at, updated_at)
      VALUES (${data.tenantId}::uuid, ${data.namespace}, ${data.status}::isolation_status, ${nextAttemptAt}, ${data.now})
      ON CONFLICT (tenant_id) DO NOTHING`;
    return tx.tenantIsolation.findUniqueOrThrow({ where: { tenantId: data.tenantId } });
  },

  /**
   * Due now (again). A retry keeps the attempt count, so the console shows the history and backoff keeps growing;
   * new manifests (a plan change) are a fresh start.
   */
  requestApply: (tx: Tx, tenantId: string, now: Date, opts: { resetAttempts: boolean }): Promise<IsolationRow> =>
    tx.tenantIsolation.update({ where: { tenantId }, data: { status: 'PENDING', nextAttemptAt: now, updatedAt: now, ...(opts.resetAttempts ? { attempts: 0 } : {}) } }),

  /**
   * Marks up to `limit` due rows APPLYING and returns them with what their manifests need. Due: PENDING or FAILED
   * whose time has come, or APPLYING for longer than `staleBefore` (its worker died mid-apply).
   */
  async claimDue(tx: Tx, now: Date, staleBefore: Date, limit: number): Promise<DueIsolation[]> {
    const rows = await tx.$queryRaw<{ tenant_id: string; slug: string; plan_id: string; attempts: number }[]>`
      UPDATE tenant_isolation i SET status = 'APPLYING', updated_at = ${now}
        FROM tenants t
       WHERE t.id = i.tenant_id AND i.tenant_id IN (
         SELECT tenant_id FROM tenant_isolation
          WHERE (status IN ('PENDING', 'FAILED') AND (next_attempt_at IS NULL OR next_attempt_at <= ${now}))
             OR (status = 'APPLYING' AND updated_at < ${staleBefore})
          ORDER BY next_attempt_at NULLS FIRST
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
      RETURNING i.tenant_id::text, t.slug, t.plan_id, i.attempts`;
    return rows.map((r) => ({ tenantId: r.tenant_id, slug: r.slug, planId: r.plan_id, attempts: r.attempts }));
  },

  markReady: (tx: Tx, tenantId: string, hash: string, now: Date) =>
    tx.tenantIsolation.update({
      where: { tenantId },
      data: { status: 'READY', attempts: { increment: 1 }, lastError: null, nextAttemptAt: null, appliedAt: now, manifestHash: hash, updatedAt: now },
    }),

  markFailed: (tx: Tx, tenantId: string, error: string, nextAttemptAt: Date, now: Date) =>
    tx.tenantIsolation.update({
      where: { tenantId },
      data: { status: 'FAILED', attempts: { increment: 1 }, lastError: error.slice(0, 2000), nextAttemptAt, updatedAt: now },
    }),

  /** Aligns every row with the deployment: a cluster takes over MANUAL rows; without one, nothing is applied. */
  async syncMode(tx: Tx, cluster: boolean, now: Date): Promise<number> {
    return cluster
      ? tx.$executeRaw`UPDATE tenant_isolation SET status = 'PENDING', next_attempt_at = ${now}, updated_at = ${now} WHERE status = 'MANUAL'`
      : tx.$executeRaw`UPDATE tenant_isolation SET status = 'MANUAL', next_attempt_at = NULL, updated_at = ${now} WHERE status <> 'MANUAL'`;
  },
};
