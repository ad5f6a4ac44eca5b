// Metered usage: current gauges, per-minute samples, and the organisation's plan.
import type { Tx } from '../db';
import type { TenantRow } from '../tenants/tenant-repository';

export const GAUGE_METRICS = ['publishedAgents', 'storageBytes', 'concurrentWorkflowRuns', 'trainingJobs'] as const;
export type TGaugeMetric = (typeof GAUGE_METRICS)[number];
export const API_REQUESTS_METRIC = 'apiRequests';

export interface SampleRow { tenantId: string; bucket: Date; value: number }
export type SeriesUnit = 'minute' | 'hour' | 'day';

export const UsageRepository = {
  /** `set` replaces the gauge; `add` moves it by `value` (negative to decrease). Never below zero. */
  async applyGauge(tx: Tx, tenantId: string, metric: TGaugeMetric, value: number, mode: 'set' | 'add'): Promise<void> {
    const v = BigInt(Math.trunc(value));
    if (mode === 'set') {
      await tx.$executeRaw`INSERT INTO tenant_usage_gauges (tenant_id, metric, value, updated_at)
        VALUES (${tenantId}::uuid, ${metric}, GREATEST(0, ${v}::bigint), now())
        ON CONFLICT (tenant_id, metric) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`;
    } else {
      await tx.$executeRaw`INSERT INTO tenant_usage_gauges (tenant_id, metric, value, updated_at)
        VALUES (${tenantId}::uuid, ${metric}, GREATEST(0, ${v}::bigint), now())
        ON CONFLICT (tenant_id, metric) DO UPDATE SET value = GREATEST(0, tenant_usage_gauges.value + ${v}::bigint), updated_at = now()`;
    }
  },

  async gauges(tx: Tx, tenantId: string): Promise<Map<string, number>> {
    const rows = await tx.tenantUsageGauge.findMany({ where: { tenantId }, select: { metric: true, value: true } });
    return new Map(rows.map((r) => [r.metric, Number(r.value)]));
  },

  /**
   * Adds request counts to their minute buckets (worker role: many tenants at once). Rows for tenants that no
   * longer exist are skipped rather than failing the batch. Samples must have distinct (tenant, bucket) pairs.
   */
  async addApiRequests(tx: Tx, samples: SampleRow[]): Promise<number> {
    if (samples.length === 0) return 0;
    const ids = samples.map((s) => s.tenantId);
    const buckets = samples.map((s) => s.bucket.toISOString());
    const values = samples.map((s) => String(s.value));
    return tx.$executeRaw`INSERT INTO tenant_usage_samples (tenant_id, metric, bucket, value)
      SELECT s.tenant_id, ${API_REQUESTS_METRIC}, s.bucket, s.value
        FROM unnest(${ids}::uuid[], ${buckets}::timestamptz[], ${values}::bigint[]) AS s(tenant_id, bucket, value)
        JOIN tenants t ON t.id = s.tenant_id
      ON CONFLICT (tenant_id, metric, bucket) DO UPDATE SET value = tenant_usage_samples.value + EXCLUDED.value`;
  },

  async sampleAt(tx: Tx, tenantId: string, metric: string, bucket: Date): Promise<number> {
    const row = await tx.tenantUsageSample.findUnique({ where: { tenantId_metric_bucket: { tenantId, metric, bucket } }, select: { value: true } });
    return row ? Number(row.value) : 0;
  },

  /** Sums per UTC minute/hour/day from `from` on; buckets without samples are absent. */
  async series(tx: Tx, tenantId: string, metric: string, unit: SeriesUnit, from: Date): Promise<{ at: Date; value: number }[]> {
    const rows = await tx.$queryRaw<{ at: Date; value: bigint }[]>`SELECT date_trunc(${unit}, bucket, 'UTC') AS at, sum(value)::bigint AS value
      FROM tenant_usage_samples WHERE tenant_id = ${tenantId}::uuid AND metric = ${metric} AND bucket >= ${from}
      GROUP BY 1 ORDER BY 1`;
    return rows.map((r) => ({ at: r.at, value: Number(r.value) }));
  },

  /**
   * Locks the organisation row against other plan and seat changes. NO KEY UPDATE, not UPDATE: rows that merely
   * reference the tenant (a TenantCreated consumer inserting tenant_isolation) take KEY SHARE for their foreign key
   * and must not queue behind, or deadlock with, a plan change.
   */
  async lockTenant(tx: Tx, tenantId: string): Promise<TenantRow | null> {
    await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR NO KEY UPDATE`;
    return tx.tenant.findUnique({ where: { id: tenantId } });
  },

  setPlan: (tx: Tx, tenantId: string, planId: string): Promise<TenantRow> => tx.tenant.update({ where: { id: tenantId }, data: { planId } }),
};
