import { describe, expect, it } from 'vitest';
import { edge, graph, node } from '../graph/test-graphs';
import { diffGraphs } from './diff-graphs';

const at = (n: ReturnType<typeof node>, x: number, y: number) => ({ ...n, position: { x, y } });

describe('diffGraphs', () => {
  it('reports nothing for identical versions, even with nodes and edges listed in another order', () => {
    const a = graph([node('a', 'manual'), node('b', 'http', { url: 'https://x', headers: { k: 'v' } })], [edge('a.out', 'b.in')]);
    const b = graph([node('b', 'http', { headers: { k: 'v' }, url: 'https://x' }), node('a', 'manual')], [edge('a.out', 'b.in')]);
    expect(diffGraphs(a, b)).toEqual({ nodes: { added: [], removed: [], changed: [], moved: [] }, edges: { added: [], removed: [] } });
  });

  it('lists added and removed nodes sorted by id', () => {
    const a = graph([node('keep', 'manual'), node('gone', 'transform')], []);
    const b = graph([node('zeta', 'http'), node('keep', 'manual'), node('alpha', 'agent')], []);
    const diff = diffGraphs(a, b).nodes;
    expect(diff.added.map((n) => n.id)).toEqual(['alpha', 'zeta']);
    expect(diff.removed).toEqual([node('gone', 'transform')]);
    expect(diff.changed).toEqual([]);
  });

  it('gives config changes as paths into nested objects and arrays', () => {
    const a = graph([node('sw', 'switch', { cases: [{ when: '$.a', port: 'x' }, { when: '$.b', port: 'y' }], retry: { count: 1 } })], []);
    const b = graph([node('sw', 'switch', { cases: [{ when: '$.a', port: 'x' }, { when: '$.c', port: 'y' }], retry: { count: 3 } })], []);
    expect(diffGraphs(a, b).nodes.changed).toEqual([{
      id: 'sw',
      changes: [
        { path: 'config.cases[1].when', before: '$.b', after: '$.c' },
        { path: 'config.retry.count', before: 1, after: 3 },
      ],
    }]);
  });

  it('reports added and removed config keys and array items with undefined on the missing side', () => {
    const a = graph([node('h', 'http', { url: 'https://a', tags: ['x'], 'content type': 'json' })], []);
    const b = graph([node('h', 'http', { tags: ['x', 'y'], timeoutMs: 500, 'content type': 'xml' })], []);
    expect(diffGraphs(a, b).nodes.changed[0]?.changes).toEqual([
      { path: 'config["content type"]', before: 'json', after: 'xml' },
      { path: 'config.tags[1]', before: undefined, after: 'y' },
      { path: 'config.timeoutMs', before: undefined, after: 500 },
      { path: 'config.url', before: 'https://a', after: undefined },
    ]);
  });

  it('reports a value whose kind changed whole, not element by element', () => {
    const a = graph([node('t', 'transform', { input: ['a', 'b'], n: null })], []);
    const b = graph([node('t', 'transform', { input: { a: 1 }, n: 0 })], []);
    expect(diffGraphs(a, b).nodes.changed[0]?.changes).toEqual([
      { path: 'config.input', before: ['a', 'b'], after: { a: 1 } },
      { path: 'config.n', before: null, after: 0 },
    ]);
  });

  it('treats a config key named like a prototype member as plain data', () => {
    const withProto = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    const diff = diffGraphs(graph([node('t', 'transform', {})], []), graph([node('t', 'transform', withProto)], []));
    expect(diff.nodes.changed[0]?.changes).toEqual([{ path: 'config.__proto__', before: undefined, after: 1 }]);
  });

  it('reports a type change before the config changes', () => {
    const a = graph([node('n', 'http', { url: 'u' })], []);
    const b = graph([node('n', 'agent', { agentId: 'x' })], []);
    expect(diffGraphs(a, b).nodes.changed).toEqual([{
      id: 'n',
      changes: [
        { path: 'type', before: 'http', after: 'agent' },
        { path: 'config.agentId', before: undefined, after: 'x' },
        { path: 'config.url', before: 'u', after: undefined },
      ],
    }]);
  });

  it('keeps moves apart from changes, so a node that only moved is not "changed"', () => {
    const a = graph([at(node('m', 'manual'), 0, 0), at(node('c', 'http', { url: 'a' }), 5, 5)], []);
    const b = graph([at(node('m', 'manual'), 10, 20), at(node('c', 'http', { url: 'b' }), 6, 5)], []);
    const diff = diffGraphs(a, b).nodes;
    expect(diff.changed.map((c) => c.id)).toEqual(['c']);
    expect(diff.moved).toEqual([
      { id: 'c', before: { x: 5, y: 5 }, after: { x: 6, y: 5 } },
      { id: 'm', before: { x: 0, y: 0 }, after: { x: 10, y: 20 } },
    ]);
  });

  it('matches edges by all four ends and sorts them', () => {
    const nodes = [node('a', 'manual'), node('b', 'transform'), node('c', 'transform')];
    const a = graph(nodes, [edge('a.out', 'b.in'), edge('b.out', 'c.in')]);
    const b = graph(nodes, [edge('b.error', 'c.in'), edge('a.out', 'c.in'), edge('a.out', 'b.in')]);
    const diff = diffGraphs(a, b).edges;
    expect(diff.added).toEqual([edge('a.out', 'c.in'), edge('b.error', 'c.in')]);
    expect(diff.removed).toEqual([edge('b.out', 'c.in')]);
  });

  it('counts duplicate edges, so dropping one copy is a removal', () => {
    const nodes = [node('a', 'manual'), node('b', 'transform')];
    const diff = diffGraphs(graph(nodes, [edge('a.out', 'b.in'), edge('a.out', 'b.in')]), graph(nodes, [edge('a.out', 'b.in')]));
    expect(diff.edges).toEqual({ added: [], removed: [edge('a.out', 'b.in')] });
  });
});
