// Every marketplace mutation and private query goes through the one permission guard, with real role → permission mapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64, buildPackage, type TestAgent } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';
import type { RequestContext } from '@nexus/kernel/context';

type Publisher = Awaited<ReturnType<MarketplaceHarness['publisher']>>;
let h: MarketplaceHarness;
let owner: Publisher;
let other: Publisher;
let platform: Publisher;

const PUBLISH = `mutation($t: String!) { publishAgentVersion(input: { tarball: $t }) { version { id status } errors { code message field } } }`;
const REVIEW = `mutation($i: ReviewAgentVersionInput!) { reviewAgentVersion(input: $i) { version { status } errors { code field } } }`;
const UPDATE_PUBLISHER = `mutation($i: UpdatePublisherInput!) { updatePublisher(input: $i) { publisher { verified } errors { code } } }`;
const DEPRECATE = `mutation($n: String!, $r: String!, $m: String!) { deprecateAgentVersions(name: $n, range: $r, message: $m) { count errors { code field } } }`;
const DIST_TAG = `mutation($n: String!, $t: String!, $v: String!) { setDistTag(name: $n, tag: $t, version: $v) { distTags { tag version } errors { code field } } }`;
const QUEUE = `{ reviewQueue { totalCount } }`;
const MY_AGENTS = `{ myAgents { totalCount edges { node { name } } } }`;

const publish = (a: TestAgent, req: RequestContext) => h.exec(PUBLISH, { t: base64(buildPackage(a)) }, req);
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const stored = async () => ({
  versions: await h.workerDb.client.agentVersion.count(), agents: await h.workerDb.client.agent.count(),
  audit: await h.workerDb.client.auditEvent.count(), blobs: h.countBlobs(),
});

/** Published through the pipeline and approved by the platform, so it is public. */
async function released(a: TestAgent, req: RequestContext) {
  const out = (await publish(a, req)).data!.publishAgentVersion;
  expect(out.errors).toEqual([]);
  await h.exec(REVIEW, { i: { versionId: out.version.id, decision: 'APPROVE' } }, platform.req);
  return out.version.id as string;
}

beforeAll(async () => {
  h = await startMarketplaceHarness({ adminScope: 'platform-ops' });
  owner = await h.publisher('permco');
  other = await h.publisher('otherco');
  platform = await h.publisher('platform-ops');
  await released({ name: '@permco/greeter' }, owner.req);
});
afterAll(async () => { await h?.close(); });

describe('publishing', () => {
  it('refuses a viewer with FORBIDDEN naming agents:publish, and stores nothing', async () => {
    const before = await stored();
    const r = await publish({ name: '@permco/viewer-try' }, owner.as({ roles: ['VIEWER'] }));
    expect(code(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/agents:publish.*roles: viewer/);
    expect(await stored()).toEqual(before);
  });

  it('refuses an API key scoped agents:read even though its creator is an owner, and stores nothing', async () => {
    const key = await h.apiKey(owner, ['agents:read']);
    const before = await stored();
    const r = await publish({ name: '@permco/key-try' }, key.req);
    expect(code(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/scopes do not include it/);
    expect(await stored()).toEqual(before);
  });

  it('accepts an API key scoped agents:publish and a member', async () => {
    const key = await h.apiKey(owner, ['agents:publish']);
    expect((await publish({ name: '@permco/by-key' }, key.req)).data!.publishAgentVersion.version.status).toBe('PENDING_REVIEW');
    expect((await publish({ name: '@permco/by-member' }, owner.as({ roles: ['MEMBER'] }))).data!.publishAgentVersion.version.status).toBe('PENDING_REVIEW');
  });
});

describe('deprecating and dist-tags', () => {
  it('lets a member deprecate but not a viewer', async () => {
    const args = { n: '@permco/greeter', r: '1.x', m: 'use 2.x' };
    expect(code(await h.exec(DEPRECATE, args, owner.as({ roles: ['VIEWER'] })))).toBe('FORBIDDEN');
    expect((await h.exec(DEPRECATE, args, owner.as({ roles: ['MEMBER'] }))).data!.deprecateAgentVersions).toEqual({ count: 1, errors: [] });
  });

  it('moves a dist-tag with agents:publish; an API key holding only agents:deprecate cannot', async () => {
    const args = { n: '@permco/greeter', t: 'stable', v: '1.0.0' };
    const deprecateOnly = await h.apiKey(owner, ['agents:deprecate']);
    expect(code(await h.exec(DIST_TAG, args, deprecateOnly.req))).toBe('FORBIDDEN');
    expect(code(await h.exec(DIST_TAG, args, owner.as({ roles: ['VIEWER'] })))).toBe('FORBIDDEN');
    const set = await h.exec(DIST_TAG, args, owner.as({ roles: ['MEMBER'] }));
    expect(set.data!.setDistTag.distTags).toContainEqual({ tag: 'stable', version: '1.0.0' });
  });
});

describe('moderation', () => {
  it('refuses an owner of another organisation: agents:review only counts in the platform tenant', async () => {
    const pending = (await publish({ name: '@permco/waiting' }, owner.req)).data!.publishAgentVersion.version;
    const denied = await h.exec(REVIEW, { i: { versionId: pending.id, decision: 'APPROVE' } }, other.req);
    expect(code(denied)).toBe('FORBIDDEN');
    expect(denied.errors![0]!.message).toMatch(/agents:review.*platform staff/);
    expect(code(await h.exec(QUEUE, {}, other.req))).toBe('FORBIDDEN');
    expect(code(await h.exec(UPDATE_PUBLISHER, { i: { scope: 'permco', verified: true } }, other.req))).toBe('FORBIDDEN');
    const row = await h.workerDb.client.agentVersion.findUniqueOrThrow({ where: { id: pending.id } });
    expect(row.status).toBe('PENDING_REVIEW');
    expect((await h.workerDb.client.publisher.findUniqueOrThrow({ where: { tenantId: owner.tenantId } })).verified).toBe(false);
  });

  it('refuses a member of the platform organisation (no agents:review) and accepts its owner', async () => {
    const pending = (await publish({ name: '@permco/second-wait' }, owner.req)).data!.publishAgentVersion.version;
    const member = await h.exec(REVIEW, { i: { versionId: pending.id, decision: 'APPROVE' } }, platform.as({ roles: ['MEMBER'] }));
    expect(code(member)).toBe('FORBIDDEN');
    expect(member.errors![0]!.message).toMatch(/roles do not grant it/);
    expect((await h.exec(QUEUE, {}, platform.req)).data!.reviewQueue.totalCount).toBeGreaterThan(0);
    expect((await h.exec(REVIEW, { i: { versionId: pending.id, decision: 'APPROVE' } }, platform.req)).data!.reviewAgentVersion.version.status).toBe('PUBLISHED');
  });

  it('still refuses a moderator when no platform organisation is configured', async () => {
    const unconfigured = await startMarketplaceHarness({ adminScope: '' });
    try {
      const ops = await unconfigured.publisher('platform-ops');
      expect(code(await unconfigured.exec(QUEUE, {}, ops.req))).toBe('FORBIDDEN');
    } finally {
      await unconfigured.close();
    }
  });
});

describe('private reads', () => {
  it('myAgents needs agents:read: a viewer lists drafts, a keys-only API key is refused', async () => {
    const names = (await h.exec(MY_AGENTS, {}, owner.as({ roles: ['VIEWER'] }))).data!.myAgents.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('@permco/waiting');
    const keysOnly = await h.exec(MY_AGENTS, {}, (await h.apiKey(owner, ['keys:read'])).req);
    expect(code(keysOnly)).toBe('FORBIDDEN');
  });

  it('shows private agents and unpublished versions only to callers holding agents:read', async () => {
    const q = `{ agent(name: "@permco/waiting") { name versions { totalCount } } }`;
    expect((await h.exec(q, {}, owner.as({ roles: ['VIEWER'] }))).data!.agent).toEqual({ name: '@permco/waiting', versions: { totalCount: 1 } });
    expect((await h.exec(q, {}, (await h.apiKey(owner, ['keys:read'])).req)).data!.agent).toBeNull();
    expect((await h.exec(q, {}, other.req)).data!.agent).toBeNull();
  });
});

describe('ratings', () => {
  it('need a signed-in user and nothing more', async () => {
    const agent = await h.workerDb.client.agent.findUniqueOrThrow({ where: { name: '@permco/greeter' } });
    const RATE = `mutation($i: RateAgentInput!) { rateAgent(input: $i) { review { rating } errors { code } } }`;
    const viewer = await h.exec(RATE, { i: { agentId: agent.id, rating: 4 } }, other.as({ roles: ['VIEWER'] }));
    expect(viewer.data!.rateAgent).toEqual({ review: { rating: 4 }, errors: [] });
    const keyOnly = await h.exec(RATE, { i: { agentId: agent.id, rating: 1 } }, (await h.apiKey(other, ['agents:read'])).req);
    expect(code(keyOnly)).toBe('UNAUTHENTICATED');
  });
});
