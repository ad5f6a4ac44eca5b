import { describe, expect, it } from 'vitest';
import { deferred, eventLog, makePlan, passThrough, tracked } from './engine-test-kit';
import type { Clock, NodeExecutor, RunState } from './engine-types';
import { waitExecutor } from './wait-executor';
import { createWorkflowEngine, nextResumeAt } from './workflow-engine';

function manualClock(start: number): Clock & { set: (t: number) => void } {
  let now = start;
  return { now: () => now, sleep: async () => undefined, set: (t) => { now = t; } };
}

describe('wait and resume', () => {
  const plan = makePlan([['t', 'trigger'], ['w', 'wait', { durationMs: 60_000 }], ['after', 'step']], ['t.out>w.in', 'w.out>after.in']);

  it('pauses the run until resumeAt, and a resume before then keeps waiting', async () => {
    const clock = manualClock(1_000);
    const step = tracked(passThrough);
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, wait: waitExecutor, step }, clock });
    const paused = await engine.start(plan, 'payload');
    expect(paused.status).toBe('WAITING');
    expect(paused.nodes.w).toMatchObject({ status: 'WAITING', wait: { resumeAt: 61_000, token: 'w' } });
    expect(nextResumeAt(paused)).toBe(61_000);
    expect(step.calls.size).toBe(0);

    clock.set(30_000);
    expect((await engine.resume(plan, paused)).status).toBe('WAITING');

    clock.set(61_000);
    const done = await engine.resume(plan, JSON.parse(JSON.stringify(paused)) as RunState);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.nodes.after?.output).toBe('payload');
    expect(step.calls.get('after')).toBe(1);
  });

  it('a wait node can be ended early with its node id as token, passing its input on', async () => {
    const clock = manualClock(1_000);
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, wait: waitExecutor, step: passThrough }, clock });
    const paused = await engine.start(plan, 'payload');
    clock.set(2_000);
    expect((await engine.resume(plan, paused, { token: 'other-node' })).status).toBe('WAITING');
    const done = await engine.resume(plan, paused, { token: 'w' });
    expect(done.status).toBe('SUCCEEDED');
    expect(done.nodes.after?.output).toBe('payload');
  });

  it('a token wait resumes only with its token and takes the payload', async () => {
    const approval: NodeExecutor = async ({ input }) => ({ output: input, wait: { token: 'approve-42' } });
    const p = makePlan([['t', 'trigger'], ['a', 'approval'], ['after', 'step']], ['t.out>a.in', 'a.out>after.in']);
    const engine = createWorkflowEngine({ executors: { trigger: passThrough, approval, step: passThrough } });
    const paused = await engine.start(p, 'draft');
    expect((await engine.resume(p, paused, { token: 'wrong' })).status).toBe('WAITING');
    const done = await engine.resume(p, paused, { token: 'approve-42', payload: { approved: true } });
    expect(done.nodes.after?.output).toEqual({ approved: true });
  });
});

describe('resume from a saved state mid-run', () => {
  it('does not run completed nodes again and keeps numbering events', async () => {
    const plan = makePlan([['t', 'trigger'], ['a', 'step'], ['b', 'step'], ['c', 'step']], ['t.out>a.in', 'a.out>b.in', 'b.out>c.in']);
    const step = tracked(async ({ node, input }) => ({ output: `${String(input)}>${node.id}` }));
    const log = eventLog();
    const controller = new AbortController();
    // The first run is cut off while b is in flight (b ignores its signal): the state a crashed worker leaves.
    const phase = { first: true };
    const gate = deferred();
    const engine = createWorkflowEngine({
      executors: { trigger: passThrough, step: async (ctx) => (ctx.node.id === 'b' && phase.first ? gate.promise.then(() => ({ output: 'never' })) : step(ctx)) },
      onEvent: log.onEvent,
    });
    const first = engine.start(plan, 's', { signal: controller.signal });
    await new Promise((r) => setImmediate(r));
    const live = await Promise.race([first, Promise.resolve(undefined)]);
    expect(live).toBeUndefined();
    controller.abort();
    const snapshot = JSON.parse(JSON.stringify(await first)) as RunState;
    phase.first = false;
    expect(snapshot.nodes.a?.status).toBe('SUCCEEDED');
    expect(snapshot.nodes.b?.status).toBe('CANCELLED');

    const seqBefore = snapshot.seq;
    const done = await createWorkflowEngine({ executors: { trigger: passThrough, step }, onEvent: log.onEvent }).resume(plan, snapshot);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.nodes.c?.output).toBe('s>a>b>c');
    expect(step.calls.get('a')).toBe(1); // only the first run's call
    expect(step.calls.get('b')).toBe(1);
    expect(log.events.filter((e) => e.seq > seqBefore)[0]?.type).toBe('run.resumed');
    expect(log.events.map((e) => e.seq)).toEqual(log.events.map((_, i) => i + 1));
  });
});
