import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from './builtin-registry';
import { compileWorkflow, type CompileError, type CompileResult } from './compile-workflow';
import { edge, graph, node, TRANSFORM } from './test-graphs';

const registry = createBuiltinRegistry();

function errorsOf(result: CompileResult): CompileError[] {
  if (result.ok) throw new Error('expected the graph to be refused');
  return result.errors;
}

describe('compileWorkflow', () => {
  it('orders a diamond and groups its parallel branches into one level', () => {
    const result = compileWorkflow(graph(
      [node('start', 'manual'), node('left', 'transform', TRANSFORM), node('right', 'agent', { agentId: 'summarise' }), node('join', 'merge', { mode: 'all' }), node('end', 'transform', TRANSFORM)],
      [edge('start.out', 'right.in'), edge('start.out', 'left.in'), edge('left.out', 'join.in'), edge('right.out', 'join.in'), edge('join.out', 'end.in')],
    ), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.levels).toEqual([['start'], ['left', 'right'], ['join'], ['end']]);
    expect(result.order).toEqual(['start', 'left', 'right', 'join', 'end']);
    expect(result.plan.join?.inputs).toEqual([
      { port: 'in', from: { node: 'left', port: 'out' } },
      { port: 'in', from: { node: 'right', port: 'out' } },
    ]);
    expect(result.plan.start?.outputs).toEqual({ out: [{ node: 'right', port: 'in' }, { node: 'left', port: 'in' }] });
    expect(result.plan.end?.outputs).toEqual({ out: [], error: [] });
  });

  it('reports a cycle with its path, pinned to its first node', () => {
    const errors = errorsOf(compileWorkflow(graph(
      [node('t', 'manual'), node('a', 'merge', { mode: 'any' }), node('b', 'transform', TRANSFORM), node('c', 'transform', TRANSFORM)],
      [edge('t.out', 'a.in'), edge('a.out', 'b.in'), edge('b.out', 'c.in'), edge('c.out', 'a.in')],
    ), registry));
    expect(errors).toEqual([{ nodeId: 'a', code: 'CYCLE', message: 'cycle: a → b → c → a', path: ['a', 'b', 'c', 'a'] }]);
  });

  it('reports an unknown node type on its node', () => {
    const errors = errorsOf(compileWorkflow(graph([node('t', 'manual'), node('x', 'teleport')], [edge('t.out', 'x.in')]), registry));
    expect(errors).toEqual([expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_NODE_TYPE', field: 'type' })]);
  });

  it('reports invalid config with the field path of each problem', () => {
    const errors = errorsOf(compileWorkflow(graph(
      [node('t', 'manual'), node('call', 'http-request', { url: 'ftp://x', method: 'GET', retries: 3 }), node('sched', 'schedule', { cron: '61 * * * *' })],
      [edge('t.out', 'call.in')],
    ), registry));
    expect(errors).toEqual([
      expect.objectContaining({ nodeId: 'call', code: 'INVALID_CONFIG', field: 'config.retries', message: 'config.retries is not a known setting' }),
      expect.objectContaining({ nodeId: 'call', code: 'INVALID_CONFIG', field: 'config.url' }),
      expect.objectContaining({ nodeId: 'sched', code: 'INVALID_CONFIG', field: 'config.cron' }),
    ]);
  });

  it('reports REQUIRED_INPUT_UNCONNECTED on the node and port', () => {
    const errors = errorsOf(compileWorkflow(graph([node('t', 'manual'), node('x', 'transform', TRANSFORM)], [edge('t.out', 'x.error')]), registry));
    expect(errors).toContainEqual(expect.objectContaining({ nodeId: 'x', code: 'REQUIRED_INPUT_UNCONNECTED', field: 'inputs.in' }));
  });

  it('reports a port type mismatch on the target input', () => {
    const errors = errorsOf(compileWorkflow(graph(
      [node('t', 'manual'), node('chat', 'llm-chat', { model: 'm', prompt: 'hi', apiKeySecret: 'OPENAI_KEY' }), node('each', 'map', { expression: '$', concurrency: 4 })],
      [edge('t.out', 'chat.in'), edge('chat.out', 'each.in')],
    ), registry));
    expect(errors).toEqual([expect.objectContaining({
      nodeId: 'each', code: 'PORT_TYPE_MISMATCH', field: 'inputs.in', message: 'edge chat.out → each.in: output is string but input expects array',
    })]);
  });

  it('reports unknown ports on whichever end names them', () => {
    const errors = errorsOf(compileWorkflow(graph(
      [node('t', 'manual'), node('if', 'condition', { expression: 'x > 1' }), node('x', 'transform', TRANSFORM)],
      [edge('t.out', 'if.in'), edge('if.maybe', 'x.input')],
    ), registry));
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: 'if', code: 'UNKNOWN_PORT', field: 'outputs.maybe' }),
      expect.objectContaining({ nodeId: 'x', code: 'UNKNOWN_PORT', field: 'inputs.input' }),
    ]));
  });

  it('routes a switch by its configured cases plus default and error', () => {
    const sw = node('sw', 'switch', { expression: 'kind', cases: [{ port: 'refund', value: 'r' }] });
    const ok = compileWorkflow(graph([node('t', 'manual'), sw, node('x', 'transform', TRANSFORM)], [edge('t.out', 'sw.in'), edge('sw.refund', 'x.in')]), registry);
    expect(ok.ok && Object.keys(ok.plan.sw?.outputs ?? {})).toEqual(['refund', 'default', 'error']);
    const bad = errorsOf(compileWorkflow(graph([node('t', 'manual'), sw, node('x', 'transform', TRANSFORM)], [edge('t.out', 'sw.in'), edge('sw.other', 'x.in')]), registry));
    expect(bad).toEqual([expect.objectContaining({ nodeId: 'sw', code: 'UNKNOWN_PORT', field: 'outputs.other' })]);
  });

  it('refuses a workflow with no trigger', () => {
    const errors = errorsOf(compileWorkflow(graph([node('x', 'transform', TRANSFORM)], []), registry));
    expect(errors).toContainEqual(expect.objectContaining({ nodeId: null, code: 'NO_TRIGGER' }));
  });

  it('reports nodes that no trigger reaches', () => {
    const errors = errorsOf(compileWorkflow(graph(
      [node('t', 'webhook', { method: 'POST', path: '/hook' }), node('a', 'transform', TRANSFORM), node('far', 'transform', TRANSFORM), node('b', 'transform', TRANSFORM)],
      [edge('t.out', 'a.in'), edge('far.out', 'b.in')],
    ), registry));
    expect(errors.filter((e) => e.code === 'UNREACHABLE_NODE').map((e) => e.nodeId)).toEqual(['far', 'b']);
  });

  it('reports a duplicate edge on its target', () => {
    const errors = errorsOf(compileWorkflow(graph([node('t', 'manual'), node('x', 'transform', TRANSFORM)], [edge('t.out', 'x.in'), edge('t.out', 'x.in')]), registry));
    expect(errors).toEqual([expect.objectContaining({ nodeId: 'x', code: 'DUPLICATE_EDGE', field: 'inputs.in' })]);
  });

  it('reports an edge to a missing node on the node that exists', () => {
    const errors = errorsOf(compileWorkflow(graph([node('t', 'manual')], [edge('t.out', 'ghost.in')]), registry));
    expect(errors).toEqual([expect.objectContaining({ nodeId: 't', code: 'UNKNOWN_NODE', message: 'edge t.out → ghost.in refers to missing node "ghost"' })]);
  });

  it('refuses two edges into a single-edge input but lets merge take many', () => {
    const nodes = [node('t', 'manual'), node('a', 'transform', TRANSFORM), node('b', 'transform', TRANSFORM)];
    const errors = errorsOf(compileWorkflow(graph([...nodes, node('x', 'transform', TRANSFORM)], [edge('t.out', 'a.in'), edge('t.out', 'b.in'), edge('a.out', 'x.in'), edge('b.out', 'x.in')]), registry));
    expect(errors).toEqual([expect.objectContaining({ nodeId: 'x', code: 'TOO_MANY_INPUTS', field: 'inputs.in' })]);
    const merged = compileWorkflow(graph([...nodes, node('x', 'merge', { mode: 'any' })], [edge('t.out', 'a.in'), edge('t.out', 'b.in'), edge('a.out', 'x.in'), edge('b.out', 'x.in')]), registry);
    expect(merged.ok).toBe(true);
  });

  it('lets an error branch feed a handler', () => {
    const result = compileWorkflow(graph(
      [node('t', 'manual'), node('call', 'http-request', { url: 'https://api.example.com', method: 'GET' }), node('onFail', 'transform', { expression: 'message' })],
      [edge('t.out', 'call.in'), edge('call.error', 'onFail.in')],
    ), registry);
    expect(result.ok && result.plan.call?.outputs.error).toEqual([{ node: 'onFail', port: 'in' }]);
  });

  it('reports a malformed document with the node it came from', () => {
    const errors = errorsOf(compileWorkflow(graph([node('t', 'manual'), node('t', 'manual')], []), registry));
    expect(errors).toEqual([expect.objectContaining({ nodeId: 't', code: 'INVALID_GRAPH', field: 'nodes.1.id' })]);
  });

  it('compiles a 1,000-node chain without recursion limits and finds a cycle across 5,000 nodes', () => {
    const chain = [node('n0000', 'manual'), ...Array.from({ length: 999 }, (_, i) => node(`n${String(i + 1).padStart(4, '0')}`, 'transform', TRANSFORM))];
    const edges = chain.slice(1).map((n, i) => edge(`${chain[i]?.id}.out`, `${n.id}.in`));
    const result = compileWorkflow(graph(chain, edges), registry);
    expect(result.ok && result.levels.length).toBe(1000);
    expect(result.ok && result.order.at(-1)).toBe('n0999');

    const big = [node('t', 'manual'), ...Array.from({ length: 4999 }, (_, i) => node(`m${i}`, 'merge', { mode: 'any' }))];
    const loop = [edge('t.out', 'm0.in'), ...big.slice(2).map((n, i) => edge(`m${i}.out`, `${n.id}.in`)), edge('m4998.out', 'm0.in')];
    const errors = errorsOf(compileWorkflow(graph(big, loop), registry));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'CYCLE', nodeId: 'm0' });
    expect(errors[0]?.path).toHaveLength(5000);
  });
});
