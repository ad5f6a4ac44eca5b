// The tenant's concurrent-runs gauge for tenancy's usage page: an absolute `UsageRecorded` through the outbox, so a
// lost or repeated event never leaves the gauge drifting (the next start or finish sets it right again).
import { enqueueEvent, type Tx } from '../db';

export async function enqueueRunGauge(tx: Tx, tenantId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM workflow_runs WHERE tenant_id = ${tenantId}::uuid AND status IN ('QUEUED', 'RUNNING')`;
  await enqueueEvent(tx, { type: 'UsageRecorded', tenantId, payload: { tenantId, metric: 'concurrentWorkflowRuns', value: row?.n ?? 0, mode: 'set' } });
}
