// Guessing API keys through the gateway: after 10 refused keys a minute from one client, 429 with Retry-After, and tenancy is no longer asked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureGraph, startFixtureGraph, VALID_KEY } from '../testing/fixture-graph';
import { startTestGateway, type TestGateway } from '../testing/start-test-gateway';

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

const VIEWER = '{ viewer { tenantId } }';
const guess = (i: number) => ({ 'x-api-key': `nxk_guess${String(i).padStart(3, '0')}_notTheRightSecret` });

it('answers 429 with Retry-After once a client has had 10 keys refused, without asking tenancy, while a proven key keeps working', async () => {
  expect((await gw.post({ query: VIEWER }, { 'x-api-key': VALID_KEY })).status).toBe(200);
  for (let i = 0; i < 10; i++) expect((await gw.post({ query: VIEWER }, guess(i))).status).toBe(401);
  const asked = graph.fakeTenancy.verifyCalls;

  const blocked = await gw.post({ query: VIEWER }, guess(10));
  expect(blocked.status).toBe(429);
  expect(blocked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(graph.fakeTenancy.verifyCalls).toBe(asked);

  const again = await gw.post({ query: VIEWER }, { 'x-api-key': VALID_KEY });
  expect(again.status).toBe(200);
  expect(again.body.data?.viewer.tenantId).toBe('t-acme');
});
