import { describe, expect, it } from 'vitest';
import { copyClip, MAX_CLIP_NODES, parseClip, pasteClip, renameNode, tidyLayout } from './graph-edit';
import type { NodeTypeInfo, WorkflowGraph } from './graph-model';

const type = (t: string): NodeTypeInfo => ({ type: t, category: t === 'manual' ? 'trigger' : 'step', title: t, description: '', configSchema: {}, inputs: [], outputs: [] });
const TYPES = new Map(['manual', 'transform', 'condition'].map((t) => [t, type(t)]));
const at = (x: number, y: number) => ({ x, y });

const graph: WorkflowGraph = {
  nodes: [
    { id: 'manual_1', type: 'manual', config: {}, position: at(0, 0) },
    { id: 'condition_1', type: 'condition', config: { expression: 'a > 1' }, position: at(300, 0) },
    { id: 'transform_1', type: 'transform', config: { expression: '"big"' }, position: at(600, -80) },
    { id: 'transform_2', type: 'transform', config: { expression: '"small"' }, position: at(600, 80) },
  ],
  edges: [
    { source: 'manual_1', sourcePort: 'out', target: 'condition_1', targetPort: 'in' },
    { source: 'condition_1', sourcePort: 'true', target: 'transform_1', targetPort: 'in' },
    { source: 'condition_1', sourcePort: 'false', target: 'transform_2', targetPort: 'in' },
  ],
};

describe('copy and paste', () => {
  it('copies the chosen nodes with only the edges among them, and pastes them under fresh ids, moved, with the edges renamed', () => {
    const clip = copyClip(graph, ['condition_1', 'transform_1'])!;
    expect(clip.nodes.map((n) => n.id)).toEqual(['condition_1', 'transform_1']);
    expect(clip.edges).toEqual([graph.edges[1]]);
    const parsed = parseClip(JSON.stringify(clip), TYPES);
    expect(parsed).toEqual({ ok: true, clip, skipped: [] });

    const { graph: next, added } = pasteClip(graph, clip, at(40, 40));
    expect(added).toEqual(['condition_2', 'transform_3']);
    expect(next.nodes.slice(4)).toEqual([
      { id: 'condition_2', type: 'condition', config: { expression: 'a > 1' }, position: at(340, 40) },
      { id: 'transform_3', type: 'transform', config: { expression: '"big"' }, position: at(640, -40) },
    ]);
    expect(next.edges.slice(3)).toEqual([{ source: 'condition_2', sourcePort: 'true', target: 'transform_3', targetPort: 'in' }]);
    // The original is untouched, and the pasted config is a copy, not shared.
    expect(next.nodes.slice(0, 4)).toEqual(graph.nodes);
    (next.nodes[4]!.config as { expression: string }).expression = 'changed';
    expect(clip.nodes[0]!.config).toEqual({ expression: 'a > 1' });
  });

  it('copies nothing without a selection', () => {
    expect(copyClip(graph, [])).toBeNull();
    expect(copyClip(graph, ['nope'])).toBeNull();
  });

  it('ignores text that is not a clip, and names what is wrong with a broken one', () => {
    expect(parseClip('hello', TYPES)).toBeNull();
    expect(parseClip('{"a": 1}', TYPES)).toBeNull();
    expect(parseClip('{"nexusWorkflowClip": 1, "nodes": [', TYPES)).toEqual({ ok: false, reason: 'The pasted workflow nodes are not valid JSON.' });
    expect(parseClip('{"nexusWorkflowClip": 1, "nodes": {}}', TYPES)).toMatchObject({ ok: false, reason: expect.stringContaining('nodes list') });
    expect(parseClip(JSON.stringify({ nexusWorkflowClip: 1, nodes: [{ id: 'a', type: 'transform' }], edges: [] }), TYPES)).toMatchObject({ ok: false, reason: 'Pasted node 1 needs an id, a type and a position {x, y}.' });
    const many = { nexusWorkflowClip: 1, nodes: Array.from({ length: MAX_CLIP_NODES + 1 }, (_, i) => ({ id: `n${i}`, type: 'transform', config: {}, position: at(0, 0) })), edges: [] };
    expect(parseClip(JSON.stringify(many), TYPES)).toMatchObject({ ok: false, reason: expect.stringContaining(`at most ${MAX_CLIP_NODES}`) });
    expect(parseClip(JSON.stringify({ nexusWorkflowClip: 1, nodes: [], edges: [{ source: 1 }] }), TYPES)).toMatchObject({ ok: false, reason: expect.stringContaining('sourcePort') });
  });

  it('leaves out nodes of unknown types, with their edges, and names the types', () => {
    const clip = {
      nexusWorkflowClip: 1,
      nodes: [{ id: 'x', type: 'teleport', config: {}, position: at(0, 0) }, { id: 't', type: 'transform', config: { expression: '$' }, position: at(0, 0) }],
      edges: [{ source: 'x', sourcePort: 'out', target: 't', targetPort: 'in' }],
    };
    expect(parseClip(JSON.stringify(clip), TYPES)).toEqual({ ok: true, clip: { nexusWorkflowClip: 1, nodes: [clip.nodes[1]], edges: [] }, skipped: ['teleport'] });
    expect(parseClip(JSON.stringify({ ...clip, nodes: [clip.nodes[0]] }), TYPES)).toMatchObject({ ok: false, reason: expect.stringContaining('teleport') });
  });
});

describe('tidyLayout', () => {
  it('puts each node in the column of its longest path from a start, keeps branch order, and centres the columns', () => {
    const messy: WorkflowGraph = { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, position: at(17 * i, (i % 2) * 500 + i) })) };
    const tidy = tidyLayout(messy);
    const pos = Object.fromEntries(tidy.nodes.map((n) => [n.id, n.position]));
    expect(pos.manual_1).toEqual(at(0, 0));
    expect(pos.condition_1).toEqual(at(280, 0));
    expect(pos.transform_1!.x).toBe(560);
    expect(pos.transform_2!.x).toBe(560);
    expect([pos.transform_1!.y, pos.transform_2!.y].sort((a, b) => a - b)).toEqual([-75, 75]);
    expect(tidy.edges).toBe(messy.edges);
  });

  it('places a join after its longest branch and puts nodes on a cycle in a last column', () => {
    const g: WorkflowGraph = {
      nodes: ['s', 'a', 'b', 'j', 'c1', 'c2'].map((id) => ({ id, type: 'transform', config: {}, position: at(0, 0) })),
      edges: [
        { source: 's', sourcePort: 'out', target: 'a', targetPort: 'in' },
        { source: 'a', sourcePort: 'out', target: 'b', targetPort: 'in' },
        { source: 'b', sourcePort: 'out', target: 'j', targetPort: 'in' },
        { source: 's', sourcePort: 'out', target: 'j', targetPort: 'in' },
        { source: 'c1', sourcePort: 'out', target: 'c2', targetPort: 'in' },
        { source: 'c2', sourcePort: 'out', target: 'c1', targetPort: 'in' },
      ],
    };
    const x = Object.fromEntries(tidyLayout(g).nodes.map((n) => [n.id, n.position.x]));
    expect(x).toEqual({ s: 0, a: 280, b: 560, j: 840, c1: 1120, c2: 1120 });
  });
});

describe('renameNode', () => {
  it('renames a node and the edges that touch it', () => {
    const renamed = renameNode(graph, 'condition_1', ' is_big ');
    expect(renamed.ok && renamed.graph.nodes.map((n) => n.id)).toEqual(['manual_1', 'is_big', 'transform_1', 'transform_2']);
    expect(renamed.ok && renamed.graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['manual_1>is_big', 'is_big>transform_1', 'is_big>transform_2']);
    expect(renameNode(graph, 'condition_1', 'condition_1')).toEqual({ ok: true, graph });
  });

  it('refuses an id the API would refuse or one that is taken', () => {
    expect(renameNode(graph, 'condition_1', 'has space')).toEqual({ ok: false, reason: 'A node id is 1–64 characters of A–Z, a–z, 0–9, _ or -.' });
    expect(renameNode(graph, 'condition_1', 'x'.repeat(65))).toMatchObject({ ok: false });
    expect(renameNode(graph, 'condition_1', 'transform_1')).toEqual({ ok: false, reason: 'Another node is already called “transform_1”.' });
    expect(renameNode(graph, 'ghost', 'x')).toEqual({ ok: false, reason: 'There is no node “ghost”.' });
  });
});
