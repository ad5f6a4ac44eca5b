import { describe, expect, it } from 'vitest';
import { checkConnection, defaultConfig, nextNodeId, portsOf, type NodeTypeInfo, type WorkflowGraph } from './graph-model';

const type = (t: Partial<NodeTypeInfo> & { type: string }): NodeTypeInfo => ({
  category: 'step', title: t.type, description: '', configSchema: { type: 'object', properties: {} }, inputs: [], outputs: [], ...t,
});
const port = (name: string, schema: unknown = {}, multiple = false) => ({ name, schema, required: true, multiple });

const TYPES = new Map<string, NodeTypeInfo>([
  ['manual', type({ type: 'manual', category: 'trigger', outputs: [port('out', { type: 'object' })] })],
  ['map', type({ type: 'map', inputs: [port('in', { type: 'array' })], outputs: [port('out', { type: 'array' })] })],
  ['transform', type({ type: 'transform', inputs: [port('in')], outputs: [port('out')] })],
  ['merge', type({ type: 'merge', inputs: [port('in', {}, true)], outputs: [port('out')] })],
  ['switch', type({ type: 'switch', inputs: [port('in')], outputs: [port('default')] })],
]);

const node = (id: string, t: string, config = {}) => ({ id, type: t, config, position: { x: 0, y: 0 } });

describe('nextNodeId', () => {
  it('takes the lowest free number and makes the type id-safe', () => {
    expect(nextNodeId('transform', ['transform_1', 'transform_3'])).toBe('transform_2');
    expect(nextNodeId('http-request', [])).toBe('http_request_1');
  });
});

describe('defaultConfig', () => {
  it('fills required enums and minimums, and schema defaults', () => {
    const t = type({
      type: 'x',
      configSchema: { type: 'object', properties: { mode: { type: 'string', enum: ['all', 'any'] }, n: { type: 'integer', minimum: 1 }, opt: { type: 'string' }, d: { type: 'boolean', default: true } }, required: ['mode', 'n'] },
    });
    expect(defaultConfig(t)).toEqual({ mode: 'all', n: 1, d: true });
  });
});

describe('portsOf', () => {
  it('adds the error output to steps only and switch cases as outputs', () => {
    expect(portsOf(TYPES.get('manual'), {}).outputs.map((p) => p.name)).toEqual(['out']);
    expect(portsOf(TYPES.get('switch'), { cases: [{ port: 'big', value: 1 }] }).outputs.map((p) => p.name)).toEqual(['big', 'default', 'error']);
  });
});

describe('checkConnection', () => {
  const graph: WorkflowGraph = {
    nodes: [node('manual_1', 'manual'), node('map_1', 'map'), node('transform_1', 'transform'), node('transform_2', 'transform'), node('merge_1', 'merge')],
    edges: [{ source: 'manual_1', sourcePort: 'out', target: 'transform_1', targetPort: 'in' }],
  };

  it('refuses an object output into an array input with the reason', () => {
    const result = checkConnection(graph, { source: 'manual_1', sourcePort: 'out', target: 'map_1', targetPort: 'in' }, TYPES);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('needs array') });
  });

  it('refuses a second edge into a single input but allows it into a multiple one', () => {
    expect(checkConnection(graph, { source: 'transform_2', sourcePort: 'out', target: 'transform_1', targetPort: 'in' }, TYPES).ok).toBe(false);
    const g2 = { ...graph, edges: [...graph.edges, { source: 'transform_1', sourcePort: 'out', target: 'merge_1', targetPort: 'in' }] };
    expect(checkConnection(g2, { source: 'transform_2', sourcePort: 'out', target: 'merge_1', targetPort: 'in' }, TYPES).ok).toBe(true);
  });

  it('refuses self-loops, duplicates and unknown ports', () => {
    expect(checkConnection(graph, { source: 'transform_1', sourcePort: 'out', target: 'transform_1', targetPort: 'in' }, TYPES).ok).toBe(false);
    expect(checkConnection(graph, { source: 'manual_1', sourcePort: 'out', target: 'transform_1', targetPort: 'in' }, TYPES).ok).toBe(false);
    expect(checkConnection(graph, { source: 'manual_1', sourcePort: 'nope', target: 'transform_2', targetPort: 'in' }, TYPES).ok).toBe(false);
    expect(checkConnection(graph, { source: 'transform_1', sourcePort: 'error', target: 'transform_2', targetPort: 'in' }, TYPES).ok).toBe(true);
  });
});
