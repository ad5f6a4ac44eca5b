// agentTarball end to end, in process: the stored bytes come back intact, installs are counted, and nothing unpublished or hidden leaks.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { base64, buildPackage, type TestAgent } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';

let h: MarketplaceHarness;
let owner: Awaited<ReturnType<MarketplaceHarness['publisher']>>;
let other: Awaited<ReturnType<MarketplaceHarness['publisher']>>;
let admin: Awaited<ReturnType<MarketplaceHarness['publisher']>>;
const packages = new Map<string, Buffer>();

/** Publishes through the real pipeline; `approve` sends it through the review queue as a platform admin. */
async function publish(req: RequestContext, a: TestAgent, approve = true) {
  const tarball = buildPackage(a);
  packages.set(`${a.name}@${a.version ?? '1.0.0'}`, tarball);
  const outcome = await h.server.services.publish.publish(req, { tarball: base64(tarball) });
  if (!outcome.version) throw new Error(`publish refused: ${outcome.rejection}`);
  if (approve) await h.server.services.reviewQueue.decide(admin.req, { versionId: outcome.version.id, decision: 'APPROVE' });
  return outcome.version;
}

beforeAll(async () => {
  h = await startMarketplaceHarness({ adminScope: 'platform-ops' });
  owner = await h.publisher('instco');
  other = await h.publisher('hidco');
  admin = await h.publisher('platform-ops');
  await publish(owner.req, { name: '@instco/greeter', version: '1.0.0' });
  await publish(owner.req, { name: '@instco/greeter', version: '1.1.0' }, false);
  const secret = await publish(other.req, { name: '@hidco/secret' });
  await h.workerDb.client.agent.update({ where: { id: secret.agentId }, data: { visibility: 'PRIVATE' } });
});
afterAll(async () => { await h?.close(); });

const TARBALL = `query($n: String!, $v: String!) { agentTarball(name: $n, version: $v) { name version integrity sizeBytes tarball } }`;
const fetchTarball = async (name: string, version: string, req: RequestContext = anonymousContext()) => {
  const r = await h.exec(TARBALL, { n: name, v: version }, req);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.agentTarball as { name: string; version: string; integrity: string; sizeBytes: number; tarball: string } | null;
};
const counters = async (name: string) => {
  const agent = await h.workerDb.client.agent.findUniqueOrThrow({ where: { name }, include: { usage: true } });
  return { downloads: agent.downloads, installs: agent.usage.reduce((n, d) => n + d.installs, 0) };
};

describe('agentTarball', () => {
  it('returns the published bytes, whose sha512 is the integrity', async () => {
    const t = (await fetchTarball('@instco/greeter', '1.0.0'))!;
    const bytes = Buffer.from(t.tarball, 'base64');
    expect(bytes.equals(packages.get('@instco/greeter@1.0.0')!)).toBe(true);
    expect(t).toMatchObject({ name: '@instco/greeter', version: '1.0.0', sizeBytes: bytes.length });
    expect(t.integrity).toBe(`sha512-${createHash('sha512').update(bytes).digest('base64')}`);
  });

  it('counts each install in downloads and in today\'s usage row', async () => {
    const before = await counters('@instco/greeter');
    await fetchTarball('@instco/greeter', '1.0.0');
    await fetchTarball('@instco/greeter', 'latest');
    expect(await counters('@instco/greeter')).toEqual({ downloads: before.downloads + 2, installs: before.installs + 2 });
    const listed = await h.exec(`{ agent(name: "@instco/greeter") { downloads } }`);
    expect(listed.data!.agent.downloads).toBe(before.downloads + 2);
  });

  it('resolves a range or dist-tag to the highest published version only', async () => {
    expect((await fetchTarball('@instco/greeter', '^1.0.0'))!.version).toBe('1.0.0');
    expect((await fetchTarball('@instco/greeter', 'latest'))!.version).toBe('1.0.0');
  });

  it('is null, and counts nothing, for unknown agents and versions and for versions still in review', async () => {
    const before = await counters('@instco/greeter');
    expect(await fetchTarball('@instco/nope', '1.0.0')).toBeNull();
    expect(await fetchTarball('@instco/greeter', '9.9.9')).toBeNull();
    expect(await fetchTarball('@instco/greeter', '1.1.0')).toBeNull();
    expect(await fetchTarball('@instco/greeter', '1.1.0', owner.req)).toBeNull();
    expect(await counters('@instco/greeter')).toEqual(before);
  });

  it("is null for another tenant's private agent, and served to its own tenant", async () => {
    expect(await fetchTarball('@hidco/secret', '1.0.0')).toBeNull();
    expect(await fetchTarball('@hidco/secret', '1.0.0', owner.req)).toBeNull();
    expect((await fetchTarball('@hidco/secret', '1.0.0', other.req))?.version).toBe('1.0.0');
    expect(await counters('@hidco/secret')).toMatchObject({ downloads: 1, installs: 1 });
  });

  it('refuses to hand out bytes that do not match the recorded integrity, without counting', async () => {
    const agent = await h.workerDb.client.agent.findUniqueOrThrow({ where: { name: '@instco/greeter' } });
    const row = await h.workerDb.client.agentVersion.findUniqueOrThrow({ where: { agentId_version: { agentId: agent.id, version: '1.0.0' } } });
    const before = await counters('@instco/greeter');
    await h.workerDb.client.agentVersion.update({ where: { id: row.id }, data: { integrity: `sha512-${Buffer.alloc(64).toString('base64')}` } });
    try {
      const r = await h.exec(TARBALL, { n: '@instco/greeter', v: '1.0.0' });
      expect(r.data?.agentTarball ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(await counters('@instco/greeter')).toEqual(before);
    } finally {
      await h.workerDb.client.agentVersion.update({ where: { id: row.id }, data: { integrity: row.integrity } });
    }
  });

  it('reports bad arguments as BAD_USER_INPUT', async () => {
    const r = await h.exec(TARBALL, { n: ' ', v: '1.0.0' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
