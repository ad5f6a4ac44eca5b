// Contract test of the marketplace subgraph, in process: federation fields, every root field, visibility through RLS.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '@nexus/db/tenant-client';
import { actingAs, startMarketplaceHarness, type MarketplaceHarness } from './testing/harness';

let h: MarketplaceHarness;
const acme = randomUUID();
const globex = randomUUID();
const exec = (...args: Parameters<MarketplaceHarness['exec']>) => h.exec(...args);

const agent = (tenantId: string, name: string, downloads: number, extra: Record<string, unknown> = {}) => ({
  tenantId, name, displayName: name.split('/')[1]!.replace(/-/g, ' '), description: `The ${name} agent`, tags: ['demo'],
  latestVersion: '1.0.0', visibility: 'PUBLIC' as const, downloads, ratingCount: 0, ...extra,
});

beforeAll(async () => {
  h = await startMarketplaceHarness();
  await withSystem(h.workerDb, async (tx) => {
    await tx.tenant.createMany({ data: [{ id: acme, slug: 'acme-test', name: 'Acme' }, { id: globex, slug: 'globex-test', name: 'Globex' }] });
    await tx.agent.createMany({
      data: [
        agent(acme, '@acme-test/invoice-extractor', 900, { tags: ['finance', 'ocr'], ratingAvg: 4.5, ratingCount: 12 }),
        agent(acme, '@acme-test/secret-sauce', 5000, { visibility: 'PRIVATE' }),
        agent(globex, '@globex-test/support-triage', 700, { description: 'Routes support tickets' }),
        agent(globex, '@globex-test/sql-helper', 300),
      ],
    });
  });
  await h.server.services.search.rebuild();
});
afterAll(async () => {
  await h?.close();
});

const LIST = `query($first: Int, $after: String, $q: String) { agents(first: $first, after: $after, query: $q) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { name downloads rating visibility publisher { id } } } } }`;

describe('federation', () => {
  it('serves its SDL with the Agent and Tenant keys', async () => {
    const sdl = (await exec('{ _service { sdl } }')).data!._service.sdl as string;
    expect(sdl).toMatch(/type Agent\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Tenant\s+@key\(fields: "id"\)/);
  });
  it('resolves Agent entities and contributes Tenant.agents', async () => {
    const first = (await exec(LIST, { first: 1 })).data!.agents.edges[0].node;
    const id = (await exec(`query($n: String) { agent(name: $n) { id } }`, { n: first.name })).data!.agent.id;
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agent { name } ... on Tenant { agents { totalCount edges { node { name } } } } } }`;
    const r = await exec(q, { r: [{ __typename: 'Agent', id }, { __typename: 'Tenant', id: acme }] });
    expect(r.data!._entities[0]).toEqual({ name: first.name });
    expect(r.data!._entities[1].agents).toEqual({ totalCount: 1, edges: [{ node: { name: '@acme-test/invoice-extractor' } }] });
  });
});

describe('agents', () => {
  it('lists public agents, most downloaded first, with the publisher as a Tenant reference', async () => {
    const r = (await exec(LIST, { first: 10 })).data!.agents;
    expect(r.edges.map((e: any) => e.node.name)).toEqual(['@acme-test/invoice-extractor', '@globex-test/support-triage', '@globex-test/sql-helper']);
    expect(r.edges[0].node).toMatchObject({ rating: 4.5, publisher: { id: acme } });
    expect(r.totalCount).toBe(3);
  });
  it("adds the caller's own private agents and nobody else's", async () => {
    const asAcme = actingAs({ tenantId: acme, userId: null }, { roles: ['VIEWER'] });
    const asGlobex = actingAs({ tenantId: globex, userId: null }, { roles: ['VIEWER'] });
    expect((await exec(LIST, {}, asAcme)).data!.agents.edges[0].node).toMatchObject({ name: '@acme-test/secret-sauce', visibility: 'PRIVATE' });
    expect((await exec(LIST, {}, asGlobex)).data!.agents.totalCount).toBe(3);
    expect((await exec(`{ agent(name: "@acme-test/secret-sauce") { id } }`, {}, asGlobex)).data!.agent).toBeNull();
  });
  it('pages with opaque cursors', async () => {
    const p1 = (await exec(LIST, { first: 2 })).data!.agents;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await exec(LIST, { first: 2, after: p1.pageInfo.endCursor })).data!.agents;
    expect(p2.edges.map((e: any) => e.node.name)).toEqual(['@globex-test/sql-helper']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
  it('filters by text and tag', async () => {
    expect((await exec(LIST, { q: 'tickets' })).data!.agents.edges.map((e: any) => e.node.name)).toEqual(['@globex-test/support-triage']);
    expect((await exec(LIST, { q: 'OCR' })).data!.agents.totalCount).toBe(1);
  });
  it('rejects bad arguments with errors naming the field', async () => {
    const tooMany = await exec(LIST, { first: 1000 });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    const badCursor = await exec(LIST, { after: 'garbage' });
    expect(badCursor.errors?.[0]?.extensions?.field).toBe('after');
    const badName = await exec(`{ agent(name: "no scope") { id } }`);
    expect(badName.errors?.[0]?.extensions?.field).toBe('name');
    expect((await exec(`{ agent(id: "not-a-uuid") { id } }`)).data!.agent).toBeNull();
  });
});
