import { describe, expect, it } from 'vitest';
import { makePlan, passThrough, tracked } from './engine-test-kit';
import { conditionExecutor, switchExecutor } from './branch-executors';
import { createWorkflowEngine } from './workflow-engine';

const config = (c: Record<string, unknown>) => ({ id: 'n', type: 'x', config: c, inputs: [], outputs: {} });
const ctx = (c: Record<string, unknown>, input: unknown) => ({ node: config(c), input, attempt: 1, signal: new AbortController().signal, now: 0 });

describe('branch executors', () => {
  it('condition takes true/false by the expression and passes its input on', async () => {
    expect(await conditionExecutor(ctx({ expression: 'amount > 100' }, { amount: 150 }))).toEqual({ port: 'true', output: { amount: 150 } });
    expect((await conditionExecutor(ctx({ expression: 'amount > 100' }, { amount: 5 }))).port).toBe('false');
    expect((await conditionExecutor(ctx({ expression: 'missing' }, {}))).port).toBe('false');
  });

  it('switch takes the matching case or default', async () => {
    const cases = [{ port: 'eu', value: 'EU' }, { port: 'us', value: 'US' }];
    expect((await switchExecutor(ctx({ expression: 'region', cases }, { region: 'US' }))).port).toBe('us');
    expect((await switchExecutor(ctx({ expression: 'region', cases }, { region: 'APAC' }))).port).toBe('default');
  });

  it('drives the engine: only the taken case runs, the rest are skipped', async () => {
    const step = tracked(passThrough);
    const plan = makePlan(
      [['t', 'trigger'], ['s', 'switch', { expression: 'region', cases: [{ port: 'eu', value: 'EU' }] }], ['eu', 'step'], ['other', 'step']],
      ['t.out>s.in', 's.eu>eu.in', 's.default>other.in'],
    );
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, switch: switchExecutor, step } }).start(plan, { region: 'EU' });
    expect(state.nodes.eu?.status).toBe('SUCCEEDED');
    expect(state.nodes.other?.status).toBe('SKIPPED');
    expect([...step.calls.keys()]).toEqual(['eu']);
  });
});
