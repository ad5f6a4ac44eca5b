// Runs no request started are held to the plan too: a webhook beyond the tenant's concurrent-run limit gets 429 and
// starts nothing. The limits come from tenancy's signed access endpoint (a loopback stand-in here), cached per tenant.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@nexus/kernel/logger';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';
import { graphOf, startRunHarness, type RunHarness } from '../testing/run-harness';
import { createTenantLimits } from './tenant-limits';

const SECRET = 'workflows-test-context-secret-0123456789';
let h: RunHarness;
let tenancy: Server;
let asked: { tenantId: string; signedFor: string | null }[];
let base: string;

beforeAll(async () => {
  asked = [];
  tenancy = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const ctx = verifyContext(req.headers[CONTEXT_HEADER] as string, SECRET);
      const { tenantId } = JSON.parse(body) as { tenantId: string };
      asked.push({ tenantId, signedFor: ctx.tenantId });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, roles: [], permissions: [], limits: { concurrentWorkflowRuns: 1 }, planId: 'free' }));
    });
  });
  await new Promise<void>((r) => tenancy.listen(0, '127.0.0.1', () => r()));
  h = await startRunHarness({ tenancyUrl: `http://127.0.0.1:${(tenancy.address() as AddressInfo).port}` });
  base = (await h.server.listen(0)).url.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await h?.close();
  await new Promise((r) => tenancy?.close(r));
});

describe('plan limits for webhook runs', () => {
  it('answers 429 naming the limit once the plan’s concurrent runs are taken, and starts nothing', async () => {
    const t = await h.kit.newTenant();
    const ctx = t.ctx();
    const wf = await h.workflow(ctx, graphOf([['hook', 'webhook', { method: 'POST', path: '/' }], ['hold', 'test-gate', { key: 'system-quota' }]], ['hook.out>hold.in']));
    await h.services.workflows.saveVersion(ctx, wf.id, 'v1');
    const active = await h.services.workflows.setActive(ctx, wf.id, true);
    const path = h.services.workflows.webhookPath(ctx, active);
    const post = () => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":1}' });

    const first = await post();
    expect(first.status).toBe(202);
    const second = await post();
    expect(second.status).toBe(429);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/concurrentWorkflowRuns/);
    expect(await h.kit.worker.client.workflowRun.count({ where: { workflowId: wf.id } })).toBe(1);
    // Asked once (then cached), signed for the run's tenant.
    expect(asked.filter((a) => a.tenantId === t.tenantId)).toEqual([{ tenantId: t.tenantId, signedFor: t.tenantId }]);

    h.test.gate('system-quota').open();
    const { runId } = (await first.json()) as { runId: string };
    await h.waitFor(ctx, runId);
    expect((await post()).status).toBe(202);
  });

  it('does not hold runs back when tenancy cannot be asked (a trigger is not lost to an outage)', async () => {
    const limits = createTenantLimits({ tenancyUrl: 'http://127.0.0.1:9', contextSecret: SECRET, logger: createLogger('t', { level: 'silent' }) });
    expect(await limits.of('00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
