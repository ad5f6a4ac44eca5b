// Rate limits through the gateway: 429 with Retry-After, per client IP when anonymous and per key/tenant otherwise.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import { type FixtureGraph, OTHER_KEY, startFixtureGraph, VALID_KEY } from '../testing/fixture-graph';
import { startTestGateway, type TestGateway } from '../testing/start-test-gateway';

let graph: FixtureGraph;
let gw: TestGateway;
beforeAll(async () => {
  graph = await startFixtureGraph();
  const tight = () => new MemoryRateLimiterAdapter({ capacity: 2, refillPerSecond: 0.2 });
  gw = await startTestGateway(graph, { rateLimiter: { perKey: tight(), perTenant: new MemoryRateLimiterAdapter({ capacity: 100, refillPerSecond: 100 }), anonymous: tight() } });
});
afterAll(async () => {
  await gw?.close();
  await graph?.close();
});

const QUERY = { query: '{ agents(first: 1) { edges { node { id } } } }' };

it('answers 429 with Retry-After and RATE_LIMITED once an anonymous client spends its burst', async () => {
  expect((await gw.post(QUERY)).status).toBe(200);
  expect((await gw.post(QUERY)).status).toBe(200);
  const hits = graph.marketplace.hits;
  const refused = await gw.post(QUERY);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(refused.body.errors?.[0]?.message).toMatch(/Rate limit exceeded for client .*retry in \d+ s/);
  expect(graph.marketplace.hits).toBe(hits);
});

it('gives each API key its own bucket, separate from the anonymous one', async () => {
  const headers = { 'x-api-key': VALID_KEY };
  expect((await gw.post(QUERY, headers)).status).toBe(200);
  expect((await gw.post(QUERY, headers)).status).toBe(200);
  const refused = await gw.post(QUERY, headers);
  expect(refused.status).toBe(429);
  expect(refused.body.errors?.[0]?.message).toMatch(/API key key-1/);
  expect((await gw.post(QUERY, { 'x-api-key': OTHER_KEY })).status).toBe(200);
});
