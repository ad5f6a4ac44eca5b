// Administrative marketplace mutations leave exactly one audit row each, in the publisher's log; refusals leave none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '@nexus/kernel/context';
import { withTenant } from '@nexus/db/tenant-client';
import { base64, buildPackage, type TestAgent } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';

type Publisher = Awaited<ReturnType<MarketplaceHarness['publisher']>>;
let h: MarketplaceHarness;
let owner: Publisher;
let platform: Publisher;

const PUBLISH = `mutation($t: String!) { publishAgentVersion(input: { tarball: $t }) { version { id status } errors { code message field } } }`;
const REVIEW = `mutation($i: ReviewAgentVersionInput!) { reviewAgentVersion(input: $i) { version { status } errors { code field } } }`;
const UPDATE_PUBLISHER = `mutation($i: UpdatePublisherInput!) { updatePublisher(input: $i) { publisher { verified autoApprove } errors { code } } }`;
const DEPRECATE = `mutation($n: String!, $r: String!, $m: String!) { deprecateAgentVersions(name: $n, range: $r, message: $m) { count errors { code field } } }`;
const DIST_TAG = `mutation($n: String!, $t: String!, $v: String!) { setDistTag(name: $n, tag: $t, version: $v) { distTags { tag version } errors { code field } } }`;

/** Rows the request wrote, whatever tenant they were filed under (read past RLS). */
const auditOf = (req: RequestContext) => h.workerDb.client.auditEvent.findMany({ where: { requestId: req.requestId } });
const ownerFrom = (ip: string) => owner.as({ ip });
const publish = async (a: TestAgent, req: RequestContext) => (await h.exec(PUBLISH, { t: base64(buildPackage(a)) }, req)).data!.publishAgentVersion;
const review = async (versionId: string, decision: 'APPROVE' | 'REJECT', req: RequestContext, reason?: string) =>
  h.exec(REVIEW, { i: { versionId, decision, reason } }, req);

beforeAll(async () => {
  h = await startMarketplaceHarness({ adminScope: 'platform-ops' });
  owner = await h.publisher('auditco');
  platform = await h.publisher('platform-ops');
});
afterAll(async () => { await h?.close(); });

describe('audit rows of marketplace mutations', () => {
  it('submitting and approving a version: one row each, both in the publisher’s log', async () => {
    const req = ownerFrom('198.51.100.23');
    const out = await publish({ name: '@auditco/greeter' }, req);
    const [submitted, ...extra] = await auditOf(req);
    expect(extra).toEqual([]);
    expect(submitted).toMatchObject({
      tenantId: owner.tenantId, actorUserId: owner.userId, actorApiKeyId: null, actorLabel: expect.stringMatching(/^auditco-.*@example\.com$/),
      action: 'agent_version.submitted', source: 'marketplace', targetType: 'agent_version', targetId: out.version.id,
      targetLabel: '@auditco/greeter@1.0.0', ip: '198.51.100.23', before: null, after: expect.objectContaining({ status: 'PENDING_REVIEW', newAgent: true }),
    });

    const mod = platform.as({ ip: '192.0.2.50' });
    await review(out.version.id, 'APPROVE', mod);
    const rows = await auditOf(mod);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tenantId: owner.tenantId, actorUserId: platform.userId, action: 'agent_version.approved', targetId: out.version.id,
      ip: '192.0.2.50', before: { status: 'PENDING_REVIEW' }, after: { status: 'PUBLISHED' },
    });
    // The publisher reads it through RLS; the moderators' own organisation does not get a copy.
    const seen = (tenantId: string) => withTenant(h.db, { tenantId }, (tx) => tx.auditEvent.count({ where: { requestId: mod.requestId } }));
    expect([await seen(owner.tenantId), await seen(platform.tenantId)]).toEqual([1, 0]);
  });

  it('rejecting records the reason', async () => {
    const out = await publish({ name: '@auditco/rejected-one' }, owner.req);
    const mod = platform.as();
    await review(out.version.id, 'REJECT', mod, 'README is empty');
    expect(await auditOf(mod)).toEqual([expect.objectContaining({ action: 'agent_version.rejected', tenantId: owner.tenantId, after: { status: 'REJECTED', reason: 'README is empty' } })]);
  });

  it('deprecating and lifting it, with the previous messages as before', async () => {
    const dep = owner.as();
    expect((await h.exec(DEPRECATE, { n: '@auditco/greeter', r: '^1.0.0', m: 'use 2.x' }, dep)).data!.deprecateAgentVersions.count).toBe(1);
    expect(await auditOf(dep)).toEqual([expect.objectContaining({
      action: 'agent.deprecated', targetType: 'agent', targetLabel: '@auditco/greeter',
      before: { versions: { '1.0.0': null } }, after: { range: '^1.0.0', message: 'use 2.x', versions: ['1.0.0'] },
    })]);
    const undo = owner.as();
    await h.exec(DEPRECATE, { n: '@auditco/greeter', r: '^1.0.0', m: '' }, undo);
    expect(await auditOf(undo)).toEqual([expect.objectContaining({ action: 'agent.undeprecated', before: { versions: { '1.0.0': 'use 2.x' } } })]);
  });

  it('moving a dist-tag records where it pointed before', async () => {
    const first = owner.as();
    await h.exec(DIST_TAG, { n: '@auditco/greeter', t: 'stable', v: '1.0.0' }, first);
    expect(await auditOf(first)).toEqual([expect.objectContaining({
      action: 'dist_tag.set', targetType: 'dist_tag', targetLabel: '@auditco/greeter@stable', before: { tag: 'stable', version: null }, after: { tag: 'stable', version: '1.0.0' },
    })]);
  });

  it('changing a publisher is filed in that publisher’s log with before and after', async () => {
    const mod = platform.as();
    await h.exec(UPDATE_PUBLISHER, { i: { scope: 'auditco', verified: true } }, mod);
    expect(await auditOf(mod)).toEqual([expect.objectContaining({
      tenantId: owner.tenantId, action: 'publisher.updated', targetType: 'publisher', targetId: owner.tenantId, targetLabel: '@auditco',
      before: { verified: false, autoApprove: false }, after: { verified: true, autoApprove: false },
    })]);
  });

  it('an auto-approved upload by an API key is "published", labelled with the key', async () => {
    await h.exec(UPDATE_PUBLISHER, { i: { scope: 'auditco', autoApprove: true } }, platform.as());
    const key = await h.apiKey(owner, ['agents:publish']);
    const out = await publish({ name: '@auditco/auto' }, key.req);
    expect(out.version.status).toBe('PUBLISHED');
    expect(await auditOf(key.req)).toEqual([expect.objectContaining({
      action: 'agent_version.published', actorUserId: null, actorApiKeyId: key.id, actorLabel: expect.stringContaining(`api key ${key.prefix}`),
    })]);
    await h.exec(UPDATE_PUBLISHER, { i: { scope: 'auditco', autoApprove: false } }, platform.as());
  });

  it('refused or invalid mutations write nothing', async () => {
    const pending = await publish({ name: '@auditco/still-pending' }, owner.req);
    const total = await h.workerDb.client.auditEvent.count();
    const attempts: [string, Record<string, unknown>, RequestContext][] = [
      [PUBLISH, { t: base64(buildPackage({ name: '@auditco/viewer' })) }, owner.as({ roles: ['VIEWER'] })],
      [DEPRECATE, { n: '@auditco/greeter', r: '*', m: 'x' }, owner.as({ roles: ['VIEWER'] })],
      [DEPRECATE, { n: '@auditco/greeter', r: '^9.0.0', m: 'no match' }, owner.as()],
      [DIST_TAG, { n: '@auditco/greeter', t: 'beta', v: '7.7.7' }, owner.as()],
      [REVIEW, { i: { versionId: pending.version.id, decision: 'APPROVE' } }, owner.as()],
      [REVIEW, { i: { versionId: pending.version.id, decision: 'REJECT' } }, platform.as()],
      [UPDATE_PUBLISHER, { i: { scope: 'auditco', verified: false } }, owner.as()],
    ];
    for (const [query, vars, req] of attempts) {
      const r = await h.exec(query, vars, req);
      const payload = r.data ? Object.values(r.data)[0] as { errors: unknown[] } : null;
      expect(r.errors?.length || payload?.errors.length, query).toBeTruthy();
      expect(await auditOf(req)).toEqual([]);
    }
    expect(await h.workerDb.client.auditEvent.count()).toBe(total);
  });
});
