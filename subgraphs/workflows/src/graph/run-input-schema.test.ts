import { describe, expect, it } from 'vitest';
import { compileWorkflow } from './compile-workflow';
import { createBuiltinRegistry } from './builtin-registry';
import { inputSchemaProblem, runInputProblems } from './run-input-schema';
import type { TWorkflowGraph } from './workflow-graph';

const SCHEMA = {
  type: 'object',
  properties: {
    amount: { type: 'number', minimum: 0 },
    customer: { type: 'object', properties: { email: { type: 'string', pattern: '@' } }, required: ['email'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['amount'],
  additionalProperties: false,
};

const graph = (config: Record<string, unknown>, next = 'transform', nextConfig: Record<string, unknown> = { expression: '$' }): TWorkflowGraph => ({
  nodes: [
    { id: 'start', type: 'manual', config, position: { x: 0, y: 0 } },
    { id: 'next', type: next, config: nextConfig, position: { x: 280, y: 0 } },
  ],
  edges: [{ source: 'start', sourcePort: 'out', target: 'next', targetPort: 'in' }],
});

describe('the manual trigger input schema', () => {
  it('passes matching input and names each problem of input that does not match, by path', () => {
    expect(runInputProblems(graph({ inputSchema: SCHEMA }), { amount: 5, customer: { email: 'a@b' }, tags: ['x'] })).toEqual([]);
    expect(runInputProblems(graph({ inputSchema: SCHEMA }), { amount: -1, customer: {}, tags: ['x', 2], extra: true })).toEqual([{
      nodeId: 'start',
      problems: [
        'input has "extra", which the trigger does not take',
        'input.amount must be >= 0',
        'input.customer needs "email"',
        'input.tags[1] must be string',
      ],
    }]);
    expect(runInputProblems(graph({ inputSchema: SCHEMA }), {})).toEqual([{ nodeId: 'start', problems: ['input needs "amount"'] }]);
  });

  it('checks nothing for a trigger without a schema', () => {
    expect(runInputProblems(graph({}), 'anything')).toEqual([]);
  });

  it('refuses, at compile time, a schema that is not one, pinned to the trigger', () => {
    expect(inputSchemaProblem({ type: 'strin' })).toMatch(/type/);
    expect(inputSchemaProblem(SCHEMA)).toBeNull();
    const result = compileWorkflow(graph({ inputSchema: { type: 'strin' } }), createBuiltinRegistry());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: 'start', field: 'config.inputSchema', message: expect.stringContaining('not a usable JSON Schema') })]));
  });

  it('types the trigger output with the schema, so a node that needs a list cannot follow an object', () => {
    expect(compileWorkflow(graph({ inputSchema: SCHEMA }), createBuiltinRegistry()).ok).toBe(true);
    const listOnly = compileWorkflow(graph({ inputSchema: { type: 'array' } }, 'map', { expression: '$', concurrency: 2 }), createBuiltinRegistry());
    expect(listOnly.ok).toBe(true);
    const objectIntoMap = compileWorkflow(graph({ inputSchema: SCHEMA }, 'map', { expression: '$', concurrency: 2 }), createBuiltinRegistry());
    expect(!objectIntoMap.ok && objectIntoMap.errors.map((e) => e.code)).toContain('PORT_TYPE_MISMATCH');
  });
});
