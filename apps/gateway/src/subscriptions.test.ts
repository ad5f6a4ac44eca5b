// Subscriptions end to end: graphql-ws client → gateway → subgraph over graphql-ws, carrying the caller's tenant.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type FixtureGraph, startFixtureGraph, VALID_KEY } from './testing/fixture-graph';
import type { GqlBody } from './testing/start-test-gateway';
import { startTestGateway, type TestGateway } from './testing/start-test-gateway';

let graph: FixtureGraph;
let gw: TestGateway;
const clients: Client[] = [];
beforeAll(async () => {
  graph = await startFixtureGraph();
  gw = await startTestGateway(graph);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gw?.close();
  await graph?.close();
});

function collect(connectionParams: Record<string, string>, query: string): Promise<GqlBody[]> {
  const client = createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
  clients.push(client);
  const results: GqlBody[] = [];
  return new Promise((resolve, reject) => {
    client.subscribe<any>({ query }, {
      next: (r) => void results.push(r as GqlBody),
      error: (e) => (Array.isArray(e) ? resolve([{ errors: e }]) : reject(e instanceof Error ? e : new Error(JSON.stringify(e)))),
      complete: () => resolve(results),
    });
  });
}

const SUBSCRIPTION = 'subscription { agentEvents(count: 3) { seq tenantId agent { name publisher { name } } } }';

it('streams events from the subgraph with the tenant of the API key in connectionParams', async () => {
  const events = await collect({ 'x-api-key': VALID_KEY }, SUBSCRIPTION);
  expect(events.map((e) => e.errors)).toEqual([undefined, undefined, undefined]);
  expect(events.map((e) => e.data?.agentEvents.seq)).toEqual([1, 2, 3]);
  expect(events[0]?.data?.agentEvents).toMatchObject({ tenantId: 't-acme', agent: { name: 'Summarizer', publisher: { name: 'Acme' } } });
  const wsSeen = graph.marketplace.seen.filter((s) => s.transport === 'ws').at(-1);
  expect(wsSeen?.ctx).toMatchObject({ tenantId: 't-acme', apiKeyId: 'key-1' });
  expect(wsSeen?.requestIdHeader).toBe(wsSeen?.ctx.requestId);
});

it('authenticates a bearer token from connectionParams', async () => {
  const token = await graph.fakeTenancy.signToken({ sub: 'u-9', tid: 't-globex' });
  const events = await collect({ Authorization: `Bearer ${token}` }, 'subscription { agentEvents(count: 1) { tenantId } }');
  expect(events[0]?.data?.agentEvents.tenantId).toBe('t-globex');
});

it('refuses an unknown API key over graphql-ws with UNAUTHENTICATED', async () => {
  const hits = graph.marketplace.hits;
  const events = await collect({ 'x-api-key': 'nxk_zzzz9999_unknownKeyForSure' }, SUBSCRIPTION);
  expect(events[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(graph.marketplace.hits).toBe(hits);
});

it('refuses an over-limit subscription as an operation error, leaving the socket usable', async () => {
  const client = createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(client);
  const run = (query: string) =>
    new Promise<GqlBody[]>((resolve, reject) => {
      const out: GqlBody[] = [];
      client.subscribe<any>({ query }, {
        next: (r) => void out.push(r as GqlBody),
        error: (e) => (Array.isArray(e) ? resolve([{ errors: e }]) : reject(new Error(String(e)))),
        complete: () => resolve(out),
      });
    });
  const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: agentEvents(count: 1) { seq }`).join(' ');
  const refused = await run(`subscription { ${aliases} }`);
  expect(refused[0]?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  const tooLong = await run(`subscription { agentEvents(count: 1) { ${'seq '.repeat(2001)} } }`);
  expect(tooLong[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  const fine = await run('subscription { agentEvents(count: 1) { seq } }');
  expect(fine.map((r) => r.data?.agentEvents.seq)).toEqual([1]);
});
