import { describe, expect, it } from 'vitest';
import { builtinSteps } from '../graph/builtin-steps';
import { builtinFlow } from '../graph/builtin-flow';
import { makePlan, passThrough } from '../engine/engine-test-kit';
import { createWorkflowEngine } from '../engine/workflow-engine';
import { createStepExecutors, type RunScope } from './step-executors';
import { ctxFor, failure, fakeServices, SCOPE } from './node-test-kit';

const executors = (o: Parameters<typeof fakeServices>[0] = {}) => createStepExecutors(fakeServices(o).services, SCOPE);
const exec = (type: string, config: Record<string, unknown>, input: unknown, o: Parameters<typeof fakeServices>[0] = {}) =>
  executors(o)[type]!(ctxFor(type, config, input));

describe('createStepExecutors', () => {
  it('has an executor for every built-in step type and none for triggers', () => {
    const stepTypes = [...builtinSteps, ...builtinFlow].map((d) => d.type).sort();
    expect(Object.keys(executors()).sort()).toEqual(stepTypes);
  });

  it('transform evaluates JSONata on the input; a failing expression is EXPRESSION_ERROR', async () => {
    expect((await exec('transform', { expression: '{ "total": $sum(items.price) }' }, { items: [{ price: 2 }, { price: 3 }] })).output).toEqual({ total: 5 });
    expect((await exec('transform', { expression: 'nothing.here' }, {})).output).toBeNull();
    expect((await failure(exec('transform', { expression: '$number("abc") + $undefinedFn()' }, {}))).code).toBe('EXPRESSION_ERROR');
  });

  it('condition and switch name the port taken and pass the input on', async () => {
    expect(await exec('condition', { expression: 'amount > 100' }, { amount: 150 })).toEqual({ port: 'true', output: { amount: 150 } });
    const cases = [{ port: 'eu', value: 'EU' }, { port: 'us', value: 'US' }];
    expect((await exec('switch', { expression: 'region', cases }, { region: 'US' })).port).toBe('us');
    expect((await exec('switch', { expression: 'region', cases }, { region: 'APAC' })).port).toBe('default');
  });

  it('merge passes on what readiness gave it', async () => {
    expect((await exec('merge', { mode: 'all' }, [1, 2])).output).toEqual([1, 2]);
    expect((await exec('merge', { mode: 'any' }, 'first')).output).toBe('first');
  });

  it('map applies the expression per item with $index, in input order', async () => {
    const { output } = await exec('map', { expression: '{ "name": $uppercase(name), "at": $index }', concurrency: 3 }, [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]);
    expect(output).toEqual([{ name: 'A', at: 0 }, { name: 'B', at: 1 }, { name: 'C', at: 2 }, { name: 'D', at: 3 }]);
    expect((await failure(exec('map', { expression: '$', concurrency: 1 }, 'not a list'))).code).toBe('INVALID_INPUT');
  });

  it('wait pauses until its time with the node id as resume token', async () => {
    expect(await exec('wait', { durationMs: 5_000 }, 'x')).toEqual({ output: 'x', wait: { resumeAt: 6_000, token: 'wait-1' } });
  });

  it('agent delegates to the invoker with the run scope, agent, version and input', async () => {
    const calls: unknown[] = [];
    const agents = { invoke: async (scope: RunScope, agent: string, version: string | undefined, input: unknown) => { calls.push({ scope, agent, version, input }); return { answer: 42 }; } };
    expect((await exec('agent', { agentId: '@acme/summarize', version: '^1.0.0' }, { text: 'hi' }, { agents })).output).toEqual({ answer: 42 });
    expect(calls).toEqual([{ scope: SCOPE, agent: '@acme/summarize', version: '^1.0.0', input: { text: 'hi' } }]);
    const failing = { invoke: async () => { throw Object.assign(new Error('agent blew up'), { code: 'AGENT_FAILED' }); } };
    expect(await failure(exec('agent', { agentId: '@acme/x' }, {}, { agents: failing }))).toEqual({ code: 'AGENT_FAILED', message: 'agent blew up' });
  });

  it('sub-workflow delegates with wait defaulting to true', async () => {
    const calls: unknown[] = [];
    const subWorkflows = { run: async (scope: RunScope, nodeId: string, args: unknown) => { calls.push({ nodeId, args }); return { done: true }; } };
    expect((await exec('sub-workflow', { workflowId: 'wf-child' }, { a: 1 }, { subWorkflows })).output).toEqual({ done: true });
    await exec('sub-workflow', { workflowId: 'wf-child', version: 3, wait: false }, null, { subWorkflows });
    expect(calls).toEqual([
      { nodeId: 'sub-workflow-1', args: { workflowId: 'wf-child', version: undefined, input: { a: 1 }, wait: true } },
      { nodeId: 'sub-workflow-1', args: { workflowId: 'wf-child', version: 3, input: null, wait: false } },
    ]);
  });

  it('runs a transform → map → condition workflow through the engine', async () => {
    const plan = makePlan(
      [['t', 'trigger'], ['x', 'transform', { expression: 'orders' }], ['m', 'map', { expression: 'qty * price', concurrency: 2 }],
        ['c', 'condition', { expression: '$sum($) > 10' }], ['big', 'transform', { expression: '"big:" & $string($sum($))' }]],
      ['t.out>x.in', 'x.out>m.in', 'm.out>c.in', 'c.true>big.in'],
    );
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, ...executors() } });
    const done = await engine.start(plan, { orders: [{ qty: 2, price: 3 }, { qty: 1, price: 5 }, { qty: 4, price: 1 }] });
    expect(done.status).toBe('SUCCEEDED');
    expect(done.nodes.m?.output).toEqual([6, 5, 4]);
    expect(done.nodes.big?.output).toBe('big:15');
  });
});
