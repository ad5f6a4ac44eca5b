import { describe, expect, it } from 'vitest';
import { readWorkflowFile, workflowFileName, workflowFileText } from './workflow-file';

const graph = {
  nodes: [{ id: 'start', type: 'manual', config: {}, position: { x: 0, y: 0 } }, { id: 'shape', type: 'transform', config: { expression: '$' }, position: { x: 280, y: 0 } }],
  edges: [{ source: 'start', sourcePort: 'out', target: 'shape', targetPort: 'in' }],
};

describe('workflow files', () => {
  it('round-trips a workflow through its exported text', () => {
    const text = workflowFileText({ name: 'Triage tickets', description: 'Routes them', graph });
    expect(JSON.parse(text)).toEqual({ nexusWorkflow: 1, name: 'Triage tickets', description: 'Routes them', graph });
    expect(readWorkflowFile(text, 'triage-tickets.workflow.json')).toEqual({ ok: true, name: 'Triage tickets', description: 'Routes them', graph, nodes: 2, edges: 1 });
  });

  it('reads a bare graph, named after its file', () => {
    expect(readWorkflowFile(JSON.stringify(graph), 'order_router.json')).toMatchObject({ ok: true, name: 'order router', description: '', nodes: 2 });
  });

  it('names the problem with a file that is not a workflow', () => {
    expect(readWorkflowFile('{"nodes": [', 'a.json')).toMatchObject({ ok: false, reason: expect.stringMatching(/^a\.json is not valid JSON/) });
    expect(readWorkflowFile('[1, 2]', 'a.json')).toEqual({ ok: false, reason: 'a.json does not hold a workflow: expected a JSON object.' });
    expect(readWorkflowFile('{"nexusWorkflow": 2, "graph": {}}', 'a.json')).toEqual({ ok: false, reason: 'a.json is a workflow file of format 2; this version reads format 1.' });
    expect(readWorkflowFile('{"nexusWorkflow": 1, "name": "x"}', 'a.json')).toEqual({ ok: false, reason: 'a.json does not hold a workflow: expected a graph with "nodes" and "edges" lists.' });
    expect(readWorkflowFile('{"hello": 1}', 'a.json')).toEqual({ ok: false, reason: 'a.json does not hold a workflow: expected "nodes" and "edges" lists.' });
    expect(readWorkflowFile(JSON.stringify({ nodes: [{ id: 'a', type: 'manual' }], edges: [] }), 'a.json')).toEqual({ ok: false, reason: 'Node 1 of a.json needs an id, a type and a position {x, y}.' });
    expect(readWorkflowFile(JSON.stringify({ nodes: [], edges: [{ source: 'a' }] }), 'a.json')).toEqual({ ok: false, reason: 'Edge 1 of a.json needs source, sourcePort, target and targetPort.' });
  });

  it('makes a file name from the workflow name', () => {
    expect(workflowFileName('Triage support tickets!')).toBe('triage-support-tickets.workflow.json');
    expect(workflowFileName('Café ☕')).toBe('cafe.workflow.json');
    expect(workflowFileName('***')).toBe('workflow.workflow.json');
  });
});
