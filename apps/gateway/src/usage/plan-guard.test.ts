// The plan's apiRequestsPerMinute through a real gateway: each tenant's own bucket, 429 QUOTA_EXCEEDED, metering.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import { createLogger } from '@nexus/kernel/logger';
import { type FixtureGraph, OTHER_KEY, SECRET, startFixtureGraph, VALID_KEY } from '../testing/fixture-graph';
import { startTestGateway, type TestGateway } from '../testing/start-test-gateway';
import { ApiRequestMeter } from './api-request-meter';
import { createPlanGuard } from './plan-guard';
import { startUsageTestServer, type UsageTestServer } from './usage-test-server';

const logger = createLogger('plan-guard-test', { level: 'silent' });
// t-acme is on a 3-requests-per-minute plan; t-globex is unlimited (-1).
const LIMITS: Record<string, Record<string, number>> = { 't-acme': { apiRequestsPerMinute: 3 }, 't-globex': { apiRequestsPerMinute: -1 } };

let graph: FixtureGraph;
let gw: TestGateway;
let tenancy: UsageTestServer;
let meter: ApiRequestMeter;
beforeAll(async () => {
  graph = await startFixtureGraph();
  tenancy = await startUsageTestServer(SECRET);
  meter = new ApiRequestMeter({ tenancyHttpUrl: tenancy.url, contextSecret: SECRET, logger });
  const planGuard = createPlanGuard({ limiter: new MemoryRateLimiterAdapter({ capacity: 1, refillPerSecond: 1 }), meter, logger });
  gw = await startTestGateway(graph, {
    planGuard,
    resolveAccess: async (identity) => ({ permissions: [], limits: LIMITS[identity.tenantId ?? ''] ?? {} }),
  });
});
afterAll(async () => {
  await gw?.close();
  await meter?.close();
  await tenancy?.close();
  await graph?.close();
});

const QUERY = { query: '{ agents(first: 1) { edges { node { id } } } }' };

it('lets a tenant spend its per-minute plan limit, then answers 429 QUOTA_EXCEEDED naming apiRequestsPerMinute', async () => {
  const acme = { 'x-api-key': VALID_KEY };
  for (let i = 0; i < 3; i++) expect((await gw.post(QUERY, acme)).status).toBe(200);
  const hits = graph.marketplace.hits;

  const refused = await gw.post(QUERY, acme);
  expect(refused.status).toBe(429);
  // One request's worth refills in 60 / 3 = 20 s, less whatever trickled back while the first three ran.
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(18);
  expect(retryAfter).toBeLessThanOrEqual(20);
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 'apiRequestsPerMinute', max: 3, retryAfterSeconds: retryAfter });
  expect(refused.body.errors?.[0]?.message).toBe(`Plan limit reached: apiRequestsPerMinute allows 3 API requests per minute; retry in ${retryAfter} s or upgrade the plan.`);
  expect(graph.marketplace.hits).toBe(hits);

  // Another tenant's (unlimited) plan is untouched by acme's spent bucket.
  for (let i = 0; i < 5; i++) expect((await gw.post(QUERY, { 'x-api-key': OTHER_KEY })).status).toBe(200);
});

it('meters the requests that got through, per tenant, and delivers them to tenancy', async () => {
  expect(await meter.flush()).toBe(true);
  // 3 allowed for acme (the refused 4th is not counted), 5 for globex; anonymous calls belong to no tenant.
  await gw.post(QUERY);
  await meter.flush();
  expect(tenancy.totals()).toEqual({ 't-acme': 3, 't-globex': 5 });
  expect(tenancy.received.flat().every((s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/.test(s.minute))).toBe(true);
});
