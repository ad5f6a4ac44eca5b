// GraphiQL works offline: the page points at assets the gateway serves itself, and nothing outside the dist folder leaks.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureGraph, startFixtureGraph } from './testing/fixture-graph';
import { startTestGateway, type TestGateway } from './testing/start-test-gateway';

let graph: FixtureGraph;
let gw: TestGateway;
beforeAll(async () => {
  graph = await startFixtureGraph();
  gw = await startTestGateway(graph, { graphiql: true });
});
afterAll(async () => {
  await gw?.close();
  await graph?.close();
});

it('renders GraphiQL with local asset URLs only', async () => {
  const res = await fetch(gw.url, { headers: { accept: 'text/html' } });
  const html = await res.text();
  expect(res.headers.get('content-type')).toContain('text/html');
  expect(html).toContain('/graphiql-assets/yoga-graphiql.umd.js');
  expect(html).not.toMatch(/https?:\/\/(unpkg|raw\.githubusercontent)/);
});

it('serves the bundle and refuses paths outside it', async () => {
  const js = await fetch(new URL('/graphiql-assets/yoga-graphiql.umd.js', gw.url));
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toContain('javascript');
  expect((await js.text()).length).toBeGreaterThan(100_000);
  expect((await fetch(new URL('/graphiql-assets/..%2F..%2Fpackage.json', gw.url))).status).toBe(404);
  expect((await fetch(new URL('/graphiql-assets/missing.js', gw.url))).status).toBe(404);
});
