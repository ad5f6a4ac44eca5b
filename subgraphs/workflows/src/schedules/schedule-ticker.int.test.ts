// The schedule ticker on a real database: one firing per due slot across concurrent tickers, next_at moves past now.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWorkflowTestKit, type WorkflowTestKit } from '../workflows/workflow-test-kit';
import { startScheduleTicker, type ScheduleFiring, type ScheduleTicker } from './schedule-ticker';

let kit: WorkflowTestKit;
const tickers: ScheduleTicker[] = [];
beforeAll(async () => { kit = await startWorkflowTestKit(); });
afterAll(async () => {
  await Promise.all(tickers.map((t) => t.stop()));
  await kit?.close();
});

const NOW = new Date('2026-03-10T12:02:30.000Z');
const silent = { error: vi.fn(), warn: vi.fn() };

async function scheduleRow(cron: string, nextAt: Date, timezone = 'UTC') {
  const t = await kit.newTenant();
  const workflow = await kit.worker.client.workflow.create({
    data: { tenantId: t.tenantId, name: `wf-${Math.random()}`, draft: { nodes: [], edges: [] }, webhookSecret: 'sealed', active: true, latestVersion: 1 },
  });
  await kit.worker.client.workflowSchedule.create({ data: { workflowId: workflow.id, nodeId: 'tick', tenantId: t.tenantId, cron, timezone, nextAt } });
  return { tenantId: t.tenantId, workflowId: workflow.id };
}

const nextAtOf = async (workflowId: string) =>
  (await kit.worker.client.workflowSchedule.findUniqueOrThrow({ where: { workflowId_nodeId: { workflowId, nodeId: 'tick' } } })).nextAt;

function ticker(startRun: (s: ScheduleFiring) => Promise<void>, logger = silent) {
  // A long interval: the test drives tick() itself.
  const t = startScheduleTicker({ workerDb: kit.worker, intervalMs: 3_600_000, now: () => NOW, startRun, logger });
  tickers.push(t);
  return t;
}

describe('startScheduleTicker', () => {
  it('fires a due slot once even when two tickers tick at the same moment, and moves next_at past now', async () => {
    const due = new Date('2026-03-10T12:00:00.000Z');
    const { tenantId, workflowId } = await scheduleRow('*/5 * * * *', due);
    const fired: ScheduleFiring[] = [];
    const startRun = async (s: ScheduleFiring) => { if (s.workflowId === workflowId) fired.push(s); };
    const [a, b] = [ticker(startRun), ticker(startRun)];

    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(fired).toEqual([{ tenantId, workflowId, nodeId: 'tick', firedAt: due }]);
    expect(await nextAtOf(workflowId)).toEqual(new Date('2026-03-10T12:05:00.000Z'));
    await a.tick();
    expect(fired).toHaveLength(1);
  });

  it('does not replay missed slots: one firing, then the next slot after now', async () => {
    const { workflowId } = await scheduleRow('*/5 * * * *', new Date('2026-03-10T09:00:00.000Z'));
    const fired: ScheduleFiring[] = [];
    const t = ticker(async (s) => { if (s.workflowId === workflowId) fired.push(s); });
    await t.tick();
    await t.tick();
    expect(fired.map((f) => f.firedAt)).toEqual([new Date('2026-03-10T09:00:00.000Z')]);
    expect(await nextAtOf(workflowId)).toEqual(new Date('2026-03-10T12:05:00.000Z'));
  });

  it('leaves rows that are not due yet, and computes the next slot in the row’s time zone', async () => {
    const later = await scheduleRow('*/5 * * * *', new Date('2026-03-10T12:05:00.000Z'));
    const paris = await scheduleRow('0 9 * * *', new Date('2026-03-10T08:00:00.000Z'), 'Europe/Paris');
    const fired: string[] = [];
    await ticker(async (s) => { fired.push(s.workflowId); }).tick();
    expect(fired).toContain(paris.workflowId);
    expect(fired).not.toContain(later.workflowId);
    expect(await nextAtOf(later.workflowId)).toEqual(new Date('2026-03-10T12:05:00.000Z'));
    // 09:00 in Paris on 11 March (UTC+1 before the clocks change) is 08:00 UTC.
    expect(await nextAtOf(paris.workflowId)).toEqual(new Date('2026-03-11T08:00:00.000Z'));
  });

  it('logs a failing startRun without throwing, and still advances the slot', async () => {
    const { workflowId } = await scheduleRow('*/5 * * * *', new Date('2026-03-10T12:00:00.000Z'));
    const logger = { error: vi.fn(), warn: vi.fn() };
    const t = ticker(async (s) => { if (s.workflowId === workflowId) throw new Error('queue down'); }, logger);
    await expect(t.tick()).resolves.toBeGreaterThanOrEqual(1);
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ workflowId }), expect.stringMatching(/failed to start/));
    expect(await nextAtOf(workflowId)).toEqual(new Date('2026-03-10T12:05:00.000Z'));
  });
});
