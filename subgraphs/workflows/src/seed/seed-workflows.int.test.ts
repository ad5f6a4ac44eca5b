import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunHarness, type RunHarness } from '../testing/run-harness';
import { DEMO_WORKFLOW_NAME, seedDemoWorkflow } from './seed-workflows';

let h: RunHarness;
beforeAll(async () => { h = await startRunHarness(); }, 120_000);
afterAll(async () => h?.close());

describe('demo workflow seed', () => {
  it('creates one saved, runnable workflow however often it runs', async () => {
    const t = await h.kit.newTenant();
    await seedDemoWorkflow(h.services.workflows, t);
    await seedDemoWorkflow(h.services.workflows, t);
    const ctx = t.ctx();
    const list = await h.services.workflows.list(ctx, {});
    expect(list.nodes.map((w) => [w.name, w.latestVersion])).toEqual([[DEMO_WORKFLOW_NAME, 1]]);
    const run = await h.waitFor(ctx, (await h.services.runs.startByUser(ctx, { workflowId: list.nodes[0]!.id, version: 1, input: { subject: 'Outage in EU', priority: 'low' } })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', output: { route: 'on-call', subject: 'Outage in EU' } });
    // Its trigger declares the fields the Run form shows; a ticket without a subject is refused.
    await expect(h.services.runs.startByUser(ctx, { workflowId: list.nodes[0]!.id, input: { priority: 'high' } })).rejects.toThrow(/input needs "subject"/);
  });
});
