// Plan limits on publishing (publishedAgents, storageBytes) refuse without storing anything; usage goes out through the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '@nexus/kernel/context';
import { base64, buildPackage, type TestAgent } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';
import { withTenant } from '../db';
import { checkPublishQuota } from './publish-quota';

let h: MarketplaceHarness;

const PUBLISH = `mutation($t: String!) { publishAgentVersion(input: { tarball: $t }) { version { id status sizeBytes } errors { code message field } } }`;
const publish = async (a: TestAgent, req: RequestContext) => (await h.exec(PUBLISH, { t: base64(buildPackage(a)) }, req)).data!.publishAgentVersion;
const stored = async (tenantId: string) => ({
  agents: await h.workerDb.client.agent.count({ where: { tenantId } }),
  versions: await h.workerDb.client.agentVersion.count({ where: { tenantId } }),
  blobs: h.countBlobs(),
  audit: await h.workerDb.client.auditEvent.count({ where: { tenantId } }),
  events: (await usageEvents(tenantId)).length,
});
const usageEvents = (tenantId: string) =>
  h.workerDb.client.outboxEvent.findMany({ where: { tenantId, type: 'UsageRecorded' }, orderBy: { seq: 'asc' } }).then((rows) => rows.map((r) => r.payload));

beforeAll(async () => { h = await startMarketplaceHarness(); });
afterAll(async () => { await h?.close(); });

describe('publishedAgents', () => {
  it('refuses a new agent past the limit with QUOTA_EXCEEDED naming it, storing nothing; new versions still fit', async () => {
    const p = await h.publisher('agentcap');
    const limited = () => p.as({ limits: { publishedAgents: 1, storageBytes: -1 } });
    expect((await publish({ name: '@agentcap/one' }, limited())).errors).toEqual([]);
    const before = await stored(p.tenantId);
    const refused = await publish({ name: '@agentcap/two' }, limited());
    expect(refused.version).toBeNull();
    expect(refused.errors).toEqual([{ code: 'QUOTA_EXCEEDED', field: 'publishedAgents', message: expect.stringMatching(/publishedAgents allows 1 published agents; 1 in use/) }]);
    expect(await stored(p.tenantId)).toEqual(before);
    expect((await publish({ name: '@agentcap/one', version: '1.1.0' }, limited())).errors).toEqual([]);
  });

  it('two uploads racing for the last slot: one wins, the other leaves no version and no blob', async () => {
    const p = await h.publisher('racecap');
    const limited = p.as({ limits: { publishedAgents: 1 } });
    const before = await stored(p.tenantId);
    const results = await Promise.all([publish({ name: '@racecap/left' }, limited), publish({ name: '@racecap/right' }, limited)]);
    expect(results.map((r) => r.errors[0]?.code ?? 'OK').sort()).toEqual(['OK', 'QUOTA_EXCEEDED']);
    const after = await stored(p.tenantId);
    expect({ agents: after.agents - before.agents, versions: after.versions - before.versions, blobs: after.blobs - before.blobs }).toEqual({ agents: 1, versions: 1, blobs: 1 });
  });

  it('serialises the final check per tenant, so a second transaction counts the first one’s agent', async () => {
    const p = await h.publisher('lockcap');
    const ctx = p.as({ limits: { publishedAgents: 1 } });
    let checked!: () => void;
    const firstChecked = new Promise<void>((r) => { checked = r; });
    const first = withTenant(h.db, { tenantId: p.tenantId }, async (tx) => {
      await checkPublishQuota(tx, ctx, p.tenantId, { newAgent: true, sizeBytes: 10 });
      await tx.agent.create({ data: { tenantId: p.tenantId, name: '@lockcap/first', displayName: 'first', description: 'x', latestVersion: '1.0.0' } });
      checked();
      // Still uncommitted while the second transaction asks: without the lock it would count 0 agents.
      await new Promise((r) => setTimeout(r, 300));
    });
    await firstChecked;
    const second = withTenant(h.db, { tenantId: p.tenantId }, (tx) => checkPublishQuota(tx, ctx, p.tenantId, { newAgent: true, sizeBytes: 10 }));
    await first;
    await expect(second).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', field: 'publishedAgents' });
  });
});

describe('storageBytes', () => {
  it('refuses a version whose package would pass the stored total, storing nothing', async () => {
    const p = await h.publisher('bytecap');
    const first = await publish({ name: '@bytecap/first' }, p.req);
    const used = first.version.sizeBytes as number;
    const before = await stored(p.tenantId);
    const refused = await publish({ name: '@bytecap/first', version: '1.0.1' }, p.as({ limits: { storageBytes: used + 100 } }));
    expect(refused.version).toBeNull();
    expect(refused.errors).toEqual([{ code: 'QUOTA_EXCEEDED', field: 'storageBytes', message: expect.stringMatching(/^Plan limit reached: storageBytes allows .* of storage; .* in use, this needs .* more/) }]);
    expect(await stored(p.tenantId)).toEqual(before);
    expect((await publish({ name: '@bytecap/first', version: '1.0.1' }, p.as({ limits: { storageBytes: used * 3 } }))).errors).toEqual([]);
  });
});

describe('usage events', () => {
  it('enqueues absolute publishedAgents and storageBytes values in the publish transaction', async () => {
    const p = await h.publisher('meterco');
    const a = await publish({ name: '@meterco/alpha' }, p.req);
    const base = { tenantId: p.tenantId, mode: 'set' };
    expect(await usageEvents(p.tenantId)).toEqual([
      { ...base, metric: 'publishedAgents', value: 1 },
      { ...base, metric: 'storageBytes', value: a.version.sizeBytes },
    ]);
    // A new version adds bytes but no agent; a second agent moves both.
    const a2 = await publish({ name: '@meterco/alpha', version: '1.1.0' }, p.req);
    const b = await publish({ name: '@meterco/beta' }, p.req);
    expect((await usageEvents(p.tenantId)).slice(2)).toEqual([
      { ...base, metric: 'storageBytes', value: a.version.sizeBytes + a2.version.sizeBytes },
      { ...base, metric: 'publishedAgents', value: 2 },
      { ...base, metric: 'storageBytes', value: a.version.sizeBytes + a2.version.sizeBytes + b.version.sizeBytes },
    ]);
    // A refused upload reports nothing.
    await publish({ name: '@meterco/gamma' }, p.as({ limits: { publishedAgents: 2 } }));
    expect(await usageEvents(p.tenantId)).toHaveLength(5);
  });
});
