import { describe, expect, it } from 'vitest';
import { makePlan, passThrough } from './engine-test-kit';
import { createMapExecutor, mapWithLimit } from './map-with-limit';
import { createWorkflowEngine } from './workflow-engine';

describe('map', () => {
  it('keeps at most `limit` items in flight and returns results in input order', async () => {
    let inFlight = 0;
    let max = 0;
    // Later items finish first, so completion order differs from input order.
    const out = await mapWithLimit([5, 4, 3, 2, 1, 0], 3, async (n) => {
      inFlight += 1;
      max = Math.max(max, inFlight);
      for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      return n * 10;
    });
    expect(max).toBe(3);
    expect(out).toEqual([50, 40, 30, 20, 10, 0]);
  });

  it('runs as a node with the concurrency from its config', async () => {
    let inFlight = 0;
    let max = 0;
    const map = createMapExecutor(async (item) => {
      inFlight += 1;
      max = Math.max(max, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      return `<${String(item)}>`;
    });
    const plan = makePlan([['t', 'trigger'], ['m', 'map', { concurrency: 2 }]], ['t.out>m.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, map } }).start(plan, ['a', 'b', 'c', 'd', 'e']);
    expect(max).toBe(2);
    expect(state.nodes.m?.output).toEqual(['<a>', '<b>', '<c>', '<d>', '<e>']);
  });

  it('fails the node on a non-list input', async () => {
    const plan = makePlan([['t', 'trigger'], ['m', 'map', { concurrency: 2 }]], ['t.out>m.in']);
    const state = await createWorkflowEngine({ executors: { trigger: passThrough, map: createMapExecutor(async (x) => x) } }).start(plan, 'nope');
    expect(state.error).toMatchObject({ nodeId: 'm', code: 'INVALID_INPUT' });
  });
});
