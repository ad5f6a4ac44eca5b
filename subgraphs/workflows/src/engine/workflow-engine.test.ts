import { describe, expect, it } from 'vitest';
import { deferred, eventLog, fakeClock, makePlan, passThrough, tracked } from './engine-test-kit';
import type { NodeExecutor } from './engine-types';
import { createWorkflowEngine } from './workflow-engine';

const fanOut = makePlan(
  [['t', 'trigger'], ['a', 'slow'], ['b', 'slow'], ['c', 'slow'], ['d', 'slow'], ['m', 'merge', { mode: 'all' }]],
  ['t.out>a.in', 't.out>b.in', 't.out>c.in', 't.out>d.in', 'a.out>m.in', 'b.out>m.in', 'c.out>m.in', 'd.out>m.in'],
);

describe('workflow engine scheduling', () => {
  it('runs independent branches in parallel but never more than the concurrency limit', async () => {
    const gates: (() => void)[] = [];
    const slow = tracked(async ({ node }) => {
      const gate = deferred();
      gates.push(gate.resolve);
      await gate.promise;
      return { output: node.id };
    });
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, slow, merge: passThrough }, concurrency: 2, clock: fakeClock() });
    const done = engine.start(fanOut, 1);
    // Release one gate at a time; each release lets exactly one queued branch start.
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setImmediate(r));
      gates.shift()?.();
    }
    const state = await done;
    expect(state.status).toBe('SUCCEEDED');
    expect(slow.maxInFlight()).toBe(2);
    expect(state.nodes.m?.output).toEqual(['a', 'b', 'c', 'd']);
  });

  it('with a higher limit the same branches overlap fully', async () => {
    const slow = tracked(async ({ node }) => {
      await new Promise((r) => setImmediate(r));
      return { output: node.id };
    });
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, slow, merge: passThrough }, concurrency: 10 });
    await engine.start(fanOut, 1);
    expect(slow.maxInFlight()).toBe(4);
  });

  it('numbers events from run started to run finished', async () => {
    const log = eventLog();
    const plan = makePlan([['t', 'trigger'], ['a', 'step']], ['t.out>a.in']);
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, step: passThrough }, onEvent: log.onEvent, clock: fakeClock() });
    const state = await engine.start(plan, 'x', { runId: 'r1' });
    expect(log.types()).toEqual([
      'run.started', 'node.started:t#1', 'node.succeeded:t#1', 'node.started:a#1', 'node.succeeded:a#1', 'run.finished',
    ]);
    expect(log.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.events.every((e) => e.runId === 'r1')).toBe(true);
    expect(state.seq).toBe(6);
    expect(state.nodes.a?.output).toBe('x');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('fails the run for a node type without an executor', async () => {
    const plan = makePlan([['t', 'trigger'], ['a', 'nope']], ['t.out>a.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough } }).start(plan, null);
    expect(state.status).toBe('FAILED');
    expect(state.error).toMatchObject({ nodeId: 'a', code: 'NO_EXECUTOR' });
  });
});

describe('branches and merges', () => {
  const cond: NodeExecutor = async ({ input }) => ({ port: (input as number) > 0 ? 'true' : 'false', output: input });
  const plan = makePlan(
    [['t', 'trigger'], ['c', 'condition'], ['yes', 'step'], ['yes2', 'step'], ['no', 'step'], ['all', 'merge', { mode: 'all' }]],
    ['t.out>c.in', 'c.true>yes.in', 'yes.out>yes2.in', 'c.false>no.in', 'yes2.out>all.in', 'no.out>all.in'],
  );

  it('skips every node only reachable through the untaken branch; merge all uses the live inputs', async () => {
    const step = tracked(async ({ node, input }) => ({ output: `${node.id}(${String(input)})` }));
    const log = eventLog();
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, condition: cond, step, merge: passThrough }, onEvent: log.onEvent });
    const state = await engine.start(plan, -1);
    expect(state.status).toBe('SUCCEEDED');
    expect(state.nodes.yes?.status).toBe('SKIPPED');
    expect(state.nodes.yes2?.status).toBe('SKIPPED');
    expect(step.calls.has('yes')).toBe(false);
    expect(state.nodes.all?.output).toEqual(['no(-1)']);
    expect(log.types()).toContain('node.skipped:yes2');
  });

  it('merge any fires on the first branch to arrive and does not wait for the slow one', async () => {
    const gate = deferred();
    const slow: NodeExecutor = async () => {
      await gate.promise;
      return { output: 'slow' };
    };
    const anyPlan = makePlan(
      [['t', 'trigger'], ['s', 'slow'], ['f', 'fast'], ['m', 'merge', { mode: 'any' }], ['after', 'fast']],
      ['t.out>s.in', 't.out>f.in', 's.out>m.in', 'f.out>m.in', 'm.out>after.in'],
    );
    const seen: unknown[] = [];
    const fast: NodeExecutor = async ({ node, input }) => {
      if (node.id === 'after') {
        seen.push(input);
        gate.resolve();
      }
      return { output: node.id === 'f' ? 'fast' : input };
    };
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, slow, fast, merge: passThrough } }).start(anyPlan, 0);
    // `after` ran before the slow branch was released, so merge did not wait for it.
    expect(seen).toEqual(['fast']);
    expect(state.nodes.m?.output).toBe('fast');
    expect(state.nodes.s?.status).toBe('SUCCEEDED');
  });
});

describe('cancel', () => {
  it('aborts running nodes, starts nothing new and ends CANCELLED', async () => {
    const controller = new AbortController();
    let aborted = false;
    const hang: NodeExecutor = ({ signal }) => new Promise((_, reject) => {
      signal.addEventListener('abort', () => {
        aborted = true;
        reject(new Error('aborted'));
      });
      controller.abort();
    });
    const next = tracked(passThrough);
    const plan = makePlan([['t', 'trigger'], ['h', 'hang'], ['n', 'next']], ['t.out>h.in', 'h.out>n.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, hang, next } }).start(plan, 1, { signal: controller.signal });
    expect(state.status).toBe('CANCELLED');
    expect(aborted).toBe(true);
    expect(state.nodes.h?.status).toBe('CANCELLED');
    expect(state.nodes.n?.status).toBe('PENDING');
    expect(next.calls.size).toBe(0);
  });
});

describe('durable checkpoints', () => {
  it('makes each node durable before anything downstream starts, and before its success is announced', async () => {
    const order: string[] = [];
    const log = eventLog();
    const exec = tracked(async ({ node, input }) => {
      order.push(`run:${node.id}`);
      return { output: input };
    });
    const engine = createWorkflowEngine({
      executors: { step: exec },
      onEvent: (e) => { log.onEvent(e); if (e.type === 'node.succeeded') order.push(`event:${e.nodeId}`); },
      checkpoint: async (_state, nodeId, settled) => {
        await new Promise((r) => setTimeout(r, 5));
        order.push(`saved:${nodeId}:${settled.status}`);
      },
    });
    const state = await engine.start(makePlan([['a', 'step'], ['b', 'step']], ['a.out>b.in']), { v: 1 });
    expect(state.status).toBe('SUCCEEDED');
    expect(order).toEqual(['run:a', 'saved:a:SUCCEEDED', 'event:a', 'run:b', 'saved:b:SUCCEEDED', 'event:b']);
  });

  it('stops the run when a checkpoint fails: the node is not done, nothing after it runs, and the drive rejects', async () => {
    const exec = tracked(passThrough);
    const engine = createWorkflowEngine({
      executors: { step: exec },
      checkpoint: async (_state, nodeId) => { if (nodeId === 'b') throw new Error('database gone'); },
    });
    await expect(engine.start(makePlan([['a', 'step'], ['b', 'step'], ['c', 'step']], ['a.out>b.in', 'b.out>c.in']), {})).rejects.toThrow('database gone');
    expect([...exec.calls.keys()]).toEqual(['a', 'b']);
  });
});
