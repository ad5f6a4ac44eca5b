// workflow_schedules rows: rewritten when a workflow is (de)activated or saved, claimed by the ticker when due.
import type { Tx } from '../db';
import { nextFireAfter, type ScheduleSpec } from './next-fire';

export interface ScheduleRow {
  workflowId: string;
  nodeId: string;
  tenantId: string;
  cron: string;
  timezone: string;
  nextAt: Date;
}

export const ScheduleRepository = {
  /** Replaces the workflow's rows with one per spec, each due at its next slot after `now`. */
  replace: async (tx: Tx, tenantId: string, workflowId: string, specs: ScheduleSpec[], now: Date): Promise<void> => {
    await tx.workflowSchedule.deleteMany({ where: { workflowId } });
    if (specs.length === 0) return;
    await tx.workflowSchedule.createMany({
      data: specs.map((s) => ({ workflowId, tenantId, nodeId: s.nodeId, cron: s.cron, timezone: s.timezone, nextAt: nextFireAfter(s.cron, s.timezone, now) })),
    });
  },
  deleteFor: (tx: Tx, workflowId: string) => tx.workflowSchedule.deleteMany({ where: { workflowId } }),
  listFor: (tx: Tx, workflowId: string): Promise<ScheduleRow[]> =>
    tx.workflowSchedule.findMany({ where: { workflowId }, orderBy: { nodeId: 'asc' } }),

  /**
   * Locks due rows, skipping rows another ticker holds: two replicas never claim the same slot.
   * Worker database only (all tenants).
   */
  claimDue: (tx: Tx, now: Date, limit: number): Promise<ScheduleRow[]> =>
    tx.$queryRaw<ScheduleRow[]>`
      SELECT workflow_id AS "workflowId", node_id AS "nodeId", tenant_id AS "tenantId", cron, timezone, next_at AS "nextAt"
        FROM workflow_schedules
       WHERE next_at <= ${now}
       ORDER BY next_at
       LIMIT ${limit}
         FOR UPDATE SKIP LOCKED`,
  setNextAt: (tx: Tx, row: Pick<ScheduleRow, 'workflowId' | 'nodeId'>, nextAt: Date) =>
    tx.workflowSchedule.update({ where: { workflowId_nodeId: { workflowId: row.workflowId, nodeId: row.nodeId } }, data: { nextAt } }),
};
