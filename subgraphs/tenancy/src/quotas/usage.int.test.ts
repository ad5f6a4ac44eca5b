// usage(range) against real PostgreSQL: gauges fed by UsageRecorded events, API samples from the gateway endpoint.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { enqueueEvent } from '@nexus/db/outbox';
import { withTenant } from '@nexus/db/tenant-client';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { createOrg, eventually, type TestOrg } from './quota-test-fixtures';

const USAGE = `query ($range: UsageRange) { usage(range: $range) {
  plan { id } quotas { limit used max unit } apiRequests { at value } } }`;
interface Usage { usage: { plan: { id: string }; quotas: { limit: string; used: number; max: number; unit: string }[]; apiRequests: { at: string; value: number }[] } }

const MINUTE = 60_000;
const minuteStart = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString();

let h: TenancyHarness;
let org: TestOrg;
let usageUrl: string;
beforeAll(async () => {
  h = await startTenancyHarness();
  h.relay.start();
  const { url } = await h.server.listen(0);
  usageUrl = new URL('/internal/usage/api-requests', url).toString();
  org = await createOrg(h);
});
afterAll(() => h?.close());

const usage = async (range: string, ctx = org.as(['ADMIN'])) => h.exec<Usage>(USAGE, { range }, ctx);
const postSamples = (samples: unknown[], secret = CONTEXT_SECRET) =>
  fetch(usageUrl, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(anonymousContext(), secret) }, body: JSON.stringify({ samples }) });

async function recordUsage(payload: { metric: string; value: number; mode: 'set' | 'add' }) {
  await withTenant(h.db, { tenantId: org.tenantId }, (tx) => enqueueEvent(tx, { type: 'UsageRecorded', tenantId: org.tenantId, payload: { tenantId: org.tenantId, ...payload } }));
  h.relay.notify();
}

describe('plans', () => {
  it('lists the catalogue to anyone, with limits and Kubernetes quota', async () => {
    const res = await h.exec<{ plans: unknown[] }>('{ plans { id name priceMonthlyUsd limits { apiRequestsPerMinute seats storageBytes publishedAgents cpu memory storage } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.plans).toEqual([
      { id: 'free', name: 'Free', priceMonthlyUsd: 0, limits: { apiRequestsPerMinute: 600, seats: 5, storageBytes: 1024 ** 3, publishedAgents: 25, cpu: '2', memory: '4Gi', storage: '10Gi' } },
      { id: 'team', name: 'Team', priceMonthlyUsd: 99, limits: { apiRequestsPerMinute: 6000, seats: 50, storageBytes: 50 * 1024 ** 3, publishedAgents: 500, cpu: '16', memory: '32Gi', storage: '100Gi' } },
      { id: 'enterprise', name: 'Enterprise', priceMonthlyUsd: 1999, limits: { apiRequestsPerMinute: 60000, seats: -1, storageBytes: 1024 ** 4, publishedAgents: -1, cpu: '128', memory: '256Gi', storage: '2Ti' } },
    ]);
  });
});

describe('usage', () => {
  it('reports every limit against use: gauges from UsageRecorded events, seats counted, the last full minute of requests', async () => {
    // A minute boundary between posting the samples and reading them would shift every bucket by one.
    if (Date.now() % MINUTE > MINUTE - 5_000) await new Promise((r) => setTimeout(r, MINUTE - (Date.now() % MINUTE) + 50));
    const now = Date.now();

    await recordUsage({ metric: 'publishedAgents', value: 7, mode: 'set' });
    await recordUsage({ metric: 'storageBytes', value: 1000, mode: 'set' });
    await recordUsage({ metric: 'storageBytes', value: 500, mode: 'add' });
    await recordUsage({ metric: 'concurrentWorkflowRuns', value: 2, mode: 'set' });
    await recordUsage({ metric: 'trainingJobs', value: 1, mode: 'add' });
    // The bus delivers at least once: the same event twice must count once.
    const duplicate = { id: randomUUID(), type: 'UsageRecorded', tenantId: org.tenantId, occurredAt: new Date().toISOString(), payload: { tenantId: org.tenantId, metric: 'trainingJobs', value: 1, mode: 'add' } };
    await h.eventBus.publish(duplicate);
    await h.eventBus.publish(duplicate);
    // Malformed or unknown metrics are dropped, not retried forever.
    await h.eventBus.publish({ ...duplicate, id: randomUUID(), payload: { tenantId: org.tenantId, metric: 'bananas', value: 1, mode: 'add' } });

    // One pending invitation takes a seat; expired and revoked ones do not.
    await withTenant(h.db, { tenantId: org.tenantId }, async (tx) => {
      const invite = (extra: object) => tx.invitation.create({ data: { tenantId: org.tenantId, email: `${randomBytes(3).toString('hex')}@x.test`, role: 'MEMBER', tokenHash: randomBytes(16).toString('hex'), expiresAt: new Date(now + 86_400_000), ...extra } });
      await invite({});
      await invite({ expiresAt: new Date(now - 1000) });
      await invite({ revokedAt: new Date(now) });
    });

    const res = await postSamples([
      { tenantId: org.tenantId, minute: minuteStart(now - MINUTE), count: 40 },
      { tenantId: org.tenantId, minute: minuteStart(now - MINUTE), count: 2 },
      { tenantId: org.tenantId, minute: minuteStart(now), count: 5 },
      { tenantId: org.tenantId, minute: minuteStart(now - 30 * MINUTE), count: 10 },
      { tenantId: org.tenantId, minute: minuteStart(now - 120 * MINUTE), count: 7 },
      { tenantId: org.tenantId, minute: minuteStart(now - 3 * 86_400_000), count: 100 },
      // Unknown tenants are skipped, not a reason to refuse the batch.
      { tenantId: randomUUID(), minute: minuteStart(now), count: 1 },
      { tenantId: 'not-a-uuid', minute: minuteStart(now), count: 1 },
    ]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, stored: 5 });

    const quotasOf = (u: Awaited<ReturnType<typeof usage>>) => u.data?.usage.quotas ?? [];
    const expected = [
      { limit: 'apiRequestsPerMinute', used: 42, max: 600, unit: 'requests/min' },
      { limit: 'concurrentWorkflowRuns', used: 2, max: 2, unit: 'count' },
      { limit: 'trainingJobs', used: 2, max: 1, unit: 'count' },
      { limit: 'storageBytes', used: 1500, max: 1024 ** 3, unit: 'bytes' },
      { limit: 'publishedAgents', used: 7, max: 25, unit: 'count' },
      { limit: 'seats', used: 2, max: 5, unit: 'count' },
    ];
    const hour = await eventually(() => usage('HOUR'), (u) => JSON.stringify(quotasOf(u)) === JSON.stringify(expected));
    expect(hour.errors).toBeUndefined();
    expect(hour.data!.usage.plan.id).toBe('free');
    expect(quotasOf(hour)).toEqual(expected);

    const points = hour.data!.usage.apiRequests;
    expect(points).toHaveLength(60);
    expect(points[59]).toEqual({ at: minuteStart(now), value: 5 });
    expect(points[58]).toEqual({ at: minuteStart(now - MINUTE), value: 42 });
    expect(points[29]).toEqual({ at: minuteStart(now - 30 * MINUTE), value: 10 });
    expect(points.reduce((s, p) => s + p.value, 0)).toBe(57);

    const day = (await usage('DAY')).data!.usage.apiRequests;
    expect(day).toHaveLength(24);
    expect(day.map((p) => p.at)).toEqual([...new Set(day.map((p) => p.at))]);
    expect(day.reduce((s, p) => s + p.value, 0)).toBe(64);
    const week = (await usage('WEEK')).data!.usage.apiRequests;
    expect(week).toHaveLength(7);
    expect(week.reduce((s, p) => s + p.value, 0)).toBe(164);
  });

  it('adds a later report of the same minute to it', async () => {
    const minute = minuteStart(Date.now() - 10 * 86_400_000);
    await postSamples([{ tenantId: org.tenantId, minute, count: 3 }]);
    await postSamples([{ tenantId: org.tenantId, minute, count: 4 }]);
    const rows = await withTenant(h.db, { tenantId: org.tenantId }, (tx) => tx.tenantUsageSample.findMany({ where: { tenantId: org.tenantId, bucket: new Date(minute) } }));
    expect(rows.map((r) => Number(r.value))).toEqual([7]);
  });

  it('refuses samples not signed by the gateway, and malformed ones, storing nothing', async () => {
    const minute = minuteStart(Date.now() - 20 * 86_400_000);
    expect((await postSamples([{ tenantId: org.tenantId, minute, count: 1 }], 'some-other-secret-0123456789')).status).toBe(401);
    expect((await postSamples([{ tenantId: org.tenantId, minute, count: -1 }])).status).toBe(400);
    expect((await postSamples([{ tenantId: org.tenantId, minute: 'yesterday', count: 1 }])).status).toBe(400);
    const rows = await withTenant(h.db, { tenantId: org.tenantId }, (tx) => tx.tenantUsageSample.count({ where: { tenantId: org.tenantId, bucket: new Date(minute) } }));
    expect(rows).toBe(0);
  });

  it('needs billing:read, which members do not have', async () => {
    const res = await usage('DAY', org.as(['MEMBER']));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/billing:read/);
  });

  it("keeps each organisation's usage to itself", async () => {
    const other = await createOrg(h);
    const res = await usage('WEEK', other.as(['OWNER']));
    expect(res.data!.usage.quotas.filter((q) => q.used !== 0).map((q) => q.limit)).toEqual(['seats']);
    expect(res.data!.usage.apiRequests.every((p) => p.value === 0)).toBe(true);
  });
});
