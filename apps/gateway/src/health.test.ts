// /healthz is the process; /readyz asks every subgraph and lists the ones that are down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Readiness } from './health';
import { type FixtureGraph, startFixtureGraph } from './testing/fixture-graph';
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

const get = async (path: string) => {
  const res = await fetch(new URL(path, gw.url));
  return { status: res.status, body: (await res.json()) as Readiness & { status: string } };
};

it('answers /healthz', async () => {
  expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
});

it('answers /readyz 200 while every subgraph answers, then 503 naming the one that went down', async () => {
  const ready = await get('/readyz');
  expect(ready.status).toBe(200);
  expect(ready.body.subgraphs.map((s) => [s.name, s.status])).toEqual([['marketplace', 'up'], ['tenancy', 'up']]);
  expect(ready.body.subgraphs.every((s) => typeof s.latencyMs === 'number')).toBe(true);

  await graph.marketplace.close();
  const down = await get('/readyz');
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('unavailable');
  expect(down.body.subgraphs.find((s) => s.name === 'marketplace')).toMatchObject({ status: 'down' });
  expect(down.body.subgraphs.find((s) => s.name === 'tenancy')).toMatchObject({ status: 'up' });
});
