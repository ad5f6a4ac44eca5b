// Federated queries through the gateway: joins, identity from API keys and JWTs, and the signed context subgraphs see.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signContext } from '@nexus/kernel/signed-context';
import { API_KEY_REVOKED_TOPIC } from './auth/api-key-verifier';
import { type FixtureGraph, OTHER_KEY, SECRET, startFixtureGraph, VALID_KEY } from './testing/fixture-graph';
import { startTestGateway, type TestGateway } from './testing/start-test-gateway';

let graph: FixtureGraph;
let gw: TestGateway;

beforeAll(async () => {
  graph = await startFixtureGraph();
  gw = await startTestGateway(graph);
});
afterAll(async () => {
  await gw?.close();
  await graph?.close();
});
beforeEach(() => {
  graph.tenancy.seen.length = 0;
  graph.marketplace.seen.length = 0;
});

const VIEWER = '{ viewer { tenantId userId roles scopes apiKeyId requestId } }';
const lastSeen = () => graph.tenancy.seen.at(-1)?.ctx;

describe('federation', () => {
  it('joins Agent (marketplace) with its publisher Tenant (tenancy) for an anonymous caller', async () => {
    const res = await gw.post({ query: '{ agents(first: 2) { edges { node { id name publisher { id name } } } } }' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.agents.edges.map((e: any) => [e.node.name, e.node.publisher.name])).toEqual([
      ['Summarizer', 'Acme'],
      ['Translator', 'Globex'],
    ]);
    // Both subgraphs were called with a valid anonymous context.
    expect(graph.marketplace.seen.at(-1)?.ctx.tenantId).toBeNull();
    expect(lastSeen()?.tenantId).toBeNull();
  });

  it('lets the subgraph refuse tenant-only fields for anonymous callers', async () => {
    const res = await gw.post({ query: '{ myTenant { name } }' });
    expect(res.body.errors?.[0]?.message).toMatch(/needs a tenant/);
  });

  it('forwards the same request id in the signed context and the x-request-id header', async () => {
    const res = await gw.post({ query: VIEWER }, { 'x-request-id': 'req-abc-123' });
    expect(res.body.data?.viewer.requestId).toBe('req-abc-123');
    expect(graph.tenancy.seen.at(-1)?.requestIdHeader).toBe('req-abc-123');
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
  });
});

describe('identity', () => {
  it('signs the tenant, roles, scopes and key id from an API key', async () => {
    const res = await gw.post({ query: VIEWER }, { 'x-api-key': VALID_KEY });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toMatchObject({ tenantId: 't-acme', userId: null, apiKeyId: 'key-1', roles: ['member'], scopes: ['agents:read'] });
    expect(lastSeen()).toMatchObject({ tenantId: 't-acme', apiKeyId: 'key-1' });
  });

  it('caches a verified key instead of asking tenancy on every request', async () => {
    await gw.post({ query: VIEWER }, { 'x-api-key': OTHER_KEY });
    const calls = graph.fakeTenancy.verifyCalls;
    await gw.post({ query: VIEWER }, { 'x-api-key': OTHER_KEY });
    expect(graph.fakeTenancy.verifyCalls).toBe(calls);
  });

  it('signs the user and tenant from a platform JWT', async () => {
    const token = await graph.fakeTenancy.signToken({ sub: 'u-1', tid: 't-globex', roles: ['owner'], scopes: ['agents:write'] });
    const res = await gw.post({ query: VIEWER }, { authorization: `Bearer ${token}` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toMatchObject({ tenantId: 't-globex', userId: 'u-1', roles: ['owner'], scopes: ['agents:write'], apiKeyId: null });
  });

  it.each([
    ['an unknown API key', { 'x-api-key': 'nxk_zzzz9999_notAKeyTenancyKnows' }, /nxk_zzzz9999.*unknown, revoked or expired/],
    ['a malformed API key', { 'x-api-key': 'hunter2' }, /Malformed API key/],
    ['a non-bearer Authorization header', { authorization: 'Basic dTpw' }, /Bearer/],
    ['a garbage JWT', { authorization: 'Bearer not.a.jwt' }, /Invalid bearer token/],
  ])('refuses %s with UNAUTHENTICATED (401), never anonymously', async (_label, headers, message) => {
    const hits = graph.tenancy.hits;
    const res = await gw.post({ query: VIEWER }, headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toMatch(message);
    expect(graph.tenancy.hits).toBe(hits);
  });

  it('refuses an expired JWT and one from another issuer', async () => {
    const expired = await graph.fakeTenancy.signToken({ sub: 'u-1' }, { expiresIn: '-1m' });
    const expiredRes = await gw.post({ query: VIEWER }, { authorization: `Bearer ${expired}` });
    expect(expiredRes.status).toBe(401);
    expect(expiredRes.body.errors?.[0]?.message).toMatch(/expired/);
    const foreign = await graph.fakeTenancy.signToken({ sub: 'u-1' }, { issuer: 'someone-else' });
    expect((await gw.post({ query: VIEWER }, { authorization: `Bearer ${foreign}` })).status).toBe(401);
  });

  it('refuses a revoked key at once when tenancy announces the revocation, without waiting for the cache TTL', async () => {
    expect((await gw.post({ query: VIEWER }, { 'x-api-key': VALID_KEY })).status).toBe(200);
    graph.fakeTenancy.keys.delete(VALID_KEY);
    await gw.pubsub.publish(API_KEY_REVOKED_TOPIC, { apiKeyId: 'key-1', prefix: 'abcd1234' });
    await new Promise((r) => setTimeout(r, 20));
    const res = await gw.post({ query: VIEWER }, { 'x-api-key': VALID_KEY });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('tenancy outage', () => {
  it('answers UNAVAILABLE (503) for an API key it cannot verify, while anonymous queries keep working', async () => {
    const cut = await startTestGateway(graph, { tenancyHttpUrl: 'http://127.0.0.1:9' });
    try {
      const refused = await cut.post({ query: VIEWER }, { 'x-api-key': VALID_KEY });
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect((await cut.post({ query: VIEWER })).body.data?.viewer.tenantId).toBeNull();
    } finally {
      await cut.close();
    }
  });
});

describe('signed context', () => {
  it('strips a forged x-nexus-context sent by a client and signs its own', async () => {
    const forged = signContext({ requestId: 'evil', tenantId: 't-globex', userId: 'admin', roles: ['owner'], scopes: ['*'], apiKeyId: null, permissions: [], limits: {}, ip: null }, 'wrong-secret');
    const res = await gw.post({ query: VIEWER }, { 'x-nexus-context': forged });
    expect(res.body.data?.viewer).toMatchObject({ tenantId: null, userId: null, roles: [] });
  });

  it('a subgraph refuses a direct request without a valid signed context', async () => {
    const forged = signContext({ requestId: 'evil', tenantId: 't-acme', userId: null, roles: [], scopes: [], apiKeyId: null, permissions: [], limits: {}, ip: null }, 'wrong-secret');
    for (const headers of [{}, { 'x-nexus-context': forged }] as Record<string, string>[]) {
      const res = await fetch(graph.tenancy.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: VIEWER }) });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    // The real secret is accepted, so the refusals above are about the signature.
    const ok = await fetch(graph.tenancy.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-nexus-context': signContext({ requestId: 'r', tenantId: null, userId: null, roles: [], scopes: [], apiKeyId: null, permissions: [], limits: {}, ip: null }, SECRET) }, body: JSON.stringify({ query: VIEWER }) });
    expect(ok.status).toBe(200);
  });
});
