// Schedule triggers end to end: an active workflow's schedule fires a run of its latest version from that trigger;
// an inactive workflow's does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphOf, startRunHarness, type RunHarness } from '../testing/run-harness';

let h: RunHarness;
beforeAll(async () => { h = await startRunHarness({ worker: { scheduleIntervalMs: 100 } }); }, 120_000);
afterAll(async () => h?.close());

const due = (workflowId: string) => h.kit.worker.client.workflowSchedule.updateMany({ where: { workflowId }, data: { nextAt: new Date(Date.now() - 1000) } });

describe('scheduled runs', () => {
  it('fires the due schedule trigger of an active workflow, runs its latest version, and moves the schedule on', async () => {
    const t = await h.kit.newTenant();
    const ctx = t.ctx();
    const wf = await h.workflow(ctx, graphOf([
      ['manual', 'manual'], ['nightly', 'schedule', { cron: '0 3 * * *', timezone: 'Europe/Berlin' }],
      ['stamp', 'transform', { expression: '$exists(firedAt)' }],
      ['either', 'merge', { mode: 'any' }],
    ], ['manual.out>either.in', 'nightly.out>either.in', 'either.out>stamp.in']));
    await h.services.workflows.saveVersion(ctx, wf.id, 'nightly');
    await h.services.workflows.setActive(ctx, wf.id, true);
    await due(wf.id);
    const run = await waitForRun(wf.id);
    expect(run).toMatchObject({ trigger: 'SCHEDULE', triggerNodeId: 'nightly', versionNumber: 1 });
    const done = await h.waitFor(ctx, run.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: true });
    const [schedule] = await h.kit.worker.client.workflowSchedule.findMany({ where: { workflowId: wf.id } });
    expect(schedule!.nextAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('does not fire for a workflow that was switched off', async () => {
    const t = await h.kit.newTenant();
    const ctx = t.ctx();
    const wf = await h.workflow(ctx, graphOf([['tick', 'schedule', { cron: '* * * * *' }], ['x', 'transform', { expression: '1' }]], ['tick.out>x.in']));
    await h.services.workflows.saveVersion(ctx, wf.id, 'v1');
    await h.services.workflows.setActive(ctx, wf.id, true);
    await h.services.workflows.setActive(ctx, wf.id, false);
    expect(await h.kit.worker.client.workflowSchedule.count({ where: { workflowId: wf.id } })).toBe(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(await h.kit.worker.client.workflowRun.count({ where: { workflowId: wf.id } })).toBe(0);
  });
});

async function waitForRun(workflowId: string) {
  const until = Date.now() + 10_000;
  for (;;) {
    const run = await h.kit.worker.client.workflowRun.findFirst({ where: { workflowId } });
    if (run) return run;
    if (Date.now() > until) throw new Error('the schedule did not fire');
    await new Promise((r) => setTimeout(r, 50));
  }
}
