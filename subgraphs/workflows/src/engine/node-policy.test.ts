import { describe, expect, it } from 'vitest';
import { eventLog, fakeClock, makePlan, passThrough, tracked } from './engine-test-kit';
import type { NodeExecutor } from './engine-types';
import { backoffDelay, needsRetry, policyFromConfig } from './node-policy';
import { createWorkflowEngine } from './workflow-engine';

function oneStep(config: Record<string, unknown>) {
  return makePlan([['t', 'trigger'], ['a', 'step', config], ['b', 'next']], ['t.out>a.in', 'a.out>b.in']);
}
const failing: NodeExecutor = async () => {
  throw Object.assign(new Error('boom'), { code: 'HTTP_500' });
};

describe('timeout', () => {
  it('aborts the attempt signal and fails with TIMEOUT', async () => {
    let sawAbort = false;
    const hang: NodeExecutor = ({ signal }) => new Promise(() => {
      signal.addEventListener('abort', () => { sawAbort = true; });
    });
    const clock = fakeClock();
    const plan = makePlan([['t', 'trigger'], ['a', 'hang', { timeoutMs: 5000 }]], ['t.out>a.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, hang }, clock }).start(plan, 1);
    expect(state.status).toBe('FAILED');
    expect(state.error).toMatchObject({ nodeId: 'a', code: 'TIMEOUT' });
    expect(sawAbort).toBe(true);
    expect(clock.sleeps).toContain(5000);
  });

  it('a node that answers in time is not timed out', async () => {
    const plan = makePlan([['t', 'trigger'], ['a', 'step', { timeoutMs: 5000 }]], ['t.out>a.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step: passThrough }, clock: fakeClock() }).start(plan, 7);
    expect(state.nodes.a).toMatchObject({ status: 'SUCCEEDED', output: 7 });
  });
});

describe('retries', () => {
  it('retries up to max with exponential backoff and reports each retry', async () => {
    const step = tracked(failing);
    const clock = fakeClock();
    const log = eventLog();
    const config = { retry: { max: 3, backoff: 'exponential', delayMs: 100 } };
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step, next: passThrough }, clock, onEvent: log.onEvent })
      .start(oneStep(config), null);
    expect(step.calls.get('a')).toBe(4);
    expect(clock.sleeps).toEqual([100, 200, 400]);
    expect(log.types().filter((t) => t.startsWith('node.retrying'))).toEqual(['node.retrying:a#2', 'node.retrying:a#3', 'node.retrying:a#4']);
    expect(state.nodes.a).toMatchObject({ status: 'FAILED', attempts: 4, error: { code: 'HTTP_500' } });
  });

  it('stops retrying once an attempt succeeds', async () => {
    const flaky = tracked(async ({ attempt }) => {
      if (attempt < 2) throw new Error('flaky');
      return { output: 'ok' };
    });
    const clock = fakeClock();
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step: flaky, next: passThrough }, clock })
      .start(oneStep({ retry: { max: 5, backoff: 'fixed', delayMs: 50 } }), null);
    expect(flaky.calls.get('a')).toBe(2);
    expect(clock.sleeps).toEqual([50]);
    expect(state.nodes.b?.output).toBe('ok');
  });

  it('retries an output that fails the named condition', async () => {
    const outputs = ['{not json', '{"ok":true}'];
    const step = tracked(async ({ attempt }) => ({ output: outputs[attempt - 1] }));
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step, next: passThrough }, clock: fakeClock() })
      .start(oneStep({ retry: { max: 2, delayMs: 0, when: 'invalid-json' } }), null);
    expect(step.calls.get('a')).toBe(2);
    expect(state.nodes.a?.output).toBe('{"ok":true}');
  });

  it('names conditions and predicates', () => {
    expect(needsRetry('empty-output', { output: [] })).toBe(true);
    expect(needsRetry('empty-output', { output: {} })).toBe(true);
    expect(needsRetry('empty-output', { output: 0 })).toBe(false);
    expect(needsRetry('invalid-json', { output: '[1,' })).toBe(true);
    expect(needsRetry((r) => r.port === 'error', { port: 'error', output: 1 })).toBe(true);
    expect(backoffDelay({ max: 9, backoff: 'exponential', delayMs: 100, maxDelayMs: 300 }, 4)).toBe(300);
    expect(policyFromConfig({ id: 'a', type: 's', config: {}, inputs: [], outputs: {} })).toEqual({ onError: { mode: 'stop' } });
  });
});

describe('on error', () => {
  async function run(onError: Record<string, unknown>) {
    const next = tracked(passThrough);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step: failing, next }, clock: fakeClock() })
      .start(oneStep({ onError }), null);
    return { state, next };
  }

  it('stop fails the run and downstream never runs', async () => {
    const { state, next } = await run({ mode: 'stop' });
    expect(state.status).toBe('FAILED');
    expect(next.calls.size).toBe(0);
  });

  it('continue passes null downstream', async () => {
    const { state } = await run({ mode: 'continue' });
    expect(state.status).toBe('SUCCEEDED');
    expect(state.nodes.b?.output).toBeNull();
  });

  it('error-branch routes only to the error port', async () => {
    const plan = makePlan(
      [['t', 'trigger'], ['a', 'step', { onError: { mode: 'error-branch' } }], ['ok', 'next'], ['handler', 'next']],
      ['t.out>a.in', 'a.out>ok.in', 'a.error>handler.in'],
    );
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, step: failing, next: passThrough } }).start(plan, null);
    expect(state.status).toBe('SUCCEEDED');
    expect(state.nodes.ok?.status).toBe('SKIPPED');
    expect(state.nodes.handler?.output).toEqual({ message: 'boom', code: 'HTTP_500' });
  });

  it('default emits the configured value', async () => {
    const { state } = await run({ mode: 'default', value: { items: [] } });
    expect(state.nodes.b?.output).toEqual({ items: [] });
  });
});
