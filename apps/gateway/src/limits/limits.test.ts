// Query limits: each refuses with QUERY_TOO_COMPLEX (400) naming the limit and value, before any subgraph is called.
import { buildSchema, getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureGraph, startFixtureGraph } from '../testing/fixture-graph';
import { startTestGateway, type TestGateway } from '../testing/start-test-gateway';
import { aliasCount } from './alias-limit';
import { DEFAULT_LIST_SIZE, operationCost } from './cost-limit';
import { selectionDepth } from './depth-limit';
import { fragmentsOf } from './selections';
import { countTokens } from './token-limit';

const schema = buildSchema(`
  type Tenant { id: ID! name: String! }
  type Agent { id: ID! name: String! tags: [String!]! publisher: Tenant! related: [Agent!]! }
  type AgentEdge { node: Agent! }
  type AgentConnection { edges: [AgentEdge!]! }
  type Query { agents(first: Int): AgentConnection! agent(id: ID!): Agent }
`);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return operationCost({ schema, operation: getOperationAST(document)!, fragments: fragmentsOf(document), variables });
}

describe('limit measures', () => {
  it('counts depth with fragments expanded and introspection ignored', () => {
    const doc = parse('query { agent(id: 1) { ...F __schema { types { fields { type { ofType { name } } } } } } } fragment F on Agent { publisher { name } }');
    const op = getOperationAST(doc)!;
    expect(selectionDepth(op.selectionSet, fragmentsOf(doc))).toBe(3);
  });

  it('stops a self-referencing fragment instead of looping', () => {
    const doc = parse('{ agent(id: 1) { ...F } } fragment F on Agent { related { ...F } }');
    expect(selectionDepth(getOperationAST(doc)!.selectionSet, fragmentsOf(doc), 20)).toBeGreaterThan(20);
  });

  it('counts aliases and tokens', () => {
    expect(aliasCount(parse('{ a: agent(id: 1) { id } b: agent(id: 2) { n: name } }'))).toBe(3);
    expect(countTokens('{ agent(id: 1) { id } }')).toBe(11);
    expect(countTokens('{ a b c d e f }', 3)).toBe(4);
  });

  it('multiplies a paginated field by `first` (default 20) and does not count its edges list twice', () => {
    expect(cost('{ agents(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + 1 * (1 + 1)));
    expect(cost('query($n: Int) { agents(first: $n) { edges { node { id } } } }', { n: 5 })).toBe(1 + 5 * 3);
    expect(cost('{ agents { edges { node { id } } } }')).toBe(1 + DEFAULT_LIST_SIZE * 3);
    expect(cost('{ agent(id: 1) { related { id name } } }')).toBe(1 + 1 + DEFAULT_LIST_SIZE * 2);
  });
});

describe('limits at the gateway', () => {
  let graph: FixtureGraph;
  let gw: TestGateway;
  beforeAll(async () => {
    graph = await startFixtureGraph();
    gw = await startTestGateway(graph, { limits: { maxDepth: 4, maxAliases: 3, maxTokens: 60, maxCost: 200 } });
  });
  afterAll(async () => {
    await gw?.close();
    await graph?.close();
  });

  const hits = () => graph.marketplace.hits + graph.tenancy.hits;

  it.each([
    ['depth', '{ agents(first: 1) { edges { node { publisher { name } } } } }', /Query depth 5 exceeds the limit of 4/],
    ['aliases', '{ a: agents(first: 1) { edges { node { w: id x: id y: id } } } }', /4 aliases, which exceeds the limit of 3/],
    ['tokens', `{ agents(first: 1) { edges { node { ${'id '.repeat(70)} } } } }`, /more than 60 tokens/],
    ['cost', '{ agents(first: 100) { edges { node { id name } } } }', /Query cost 401 exceeds the limit of 200/],
  ])('refuses a query over the %s limit without calling a subgraph', async (limit, query, message) => {
    const before = hits();
    const res = await gw.post({ query });
    expect(res.status).toBe(400);
    const error = res.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(error?.message).toMatch(message);
    expect(hits()).toBe(before);
  });

  it('takes `first` from variables when estimating cost', async () => {
    const query = 'query($n: Int) { agents(first: $n) { edges { node { id name } } } }';
    expect((await gw.post({ query, variables: { n: 100 } })).status).toBe(400);
    const ok = await gw.post({ query, variables: { n: 2 } });
    expect(ok.status).toBe(200);
    expect(ok.body.data?.agents.edges).toHaveLength(2);
  });
});
