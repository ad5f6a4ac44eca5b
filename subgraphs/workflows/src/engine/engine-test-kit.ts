// Test helpers: hand-built plans, a clock that never waits, and deferred executors to hold nodes in flight.
import type { PlanNode } from '../graph/compile-workflow';
import type { Clock, EngineEvent, NodeExecutor } from './engine-types';

/** `edges` like `a.out>b.in`; ports listed on edges become the plan's outputs. */
export function makePlan(nodes: [id: string, type: string, config?: Record<string, unknown>][], edges: string[]): Record<string, PlanNode> {
  const plan: Record<string, PlanNode> = {};
  for (const [id, type, config] of nodes) plan[id] = { id, type, config: config ?? {}, inputs: [], outputs: {} };
  for (const edge of edges) {
    const [from, to] = edge.split('>') as [string, string];
    const [sn, sp] = from.split('.') as [string, string];
    const [tn, tp] = to.split('.') as [string, string];
    (plan[tn] as PlanNode).inputs.push({ port: tp, from: { node: sn, port: sp } });
    const outs = (plan[sn] as PlanNode).outputs;
    (outs[sp] ??= []).push({ node: tn, port: tp });
  }
  return plan;
}

/** Sleeps end after pending microtasks (so an already-settled executor wins a timeout race) and move `now` forward. */
export function fakeClock(start = 0): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms, signal) => new Promise<void>((resolve) => {
      sleeps.push(ms);
      setImmediate(() => {
        if (!signal?.aborted) now += ms;
        resolve();
      });
    }),
  };
}

export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

/** Counts calls per node and the most executors in flight at once. */
export function tracked(inner: NodeExecutor): NodeExecutor & { calls: Map<string, number>; maxInFlight: () => number } {
  let inFlight = 0;
  let max = 0;
  const calls = new Map<string, number>();
  const fn = (async (ctx) => {
    calls.set(ctx.node.id, (calls.get(ctx.node.id) ?? 0) + 1);
    inFlight += 1;
    max = Math.max(max, inFlight);
    try {
      return await inner(ctx);
    } finally {
      inFlight -= 1;
    }
  }) as NodeExecutor & { calls: Map<string, number>; maxInFlight: () => number };
  fn.calls = calls;
  fn.maxInFlight = () => max;
  return fn;
}

export const passThrough: NodeExecutor = async ({ input }) => ({ output: input });

export function eventLog(): { events: EngineEvent[]; onEvent: (e: EngineEvent) => void; types: () => string[] } {
  const events: EngineEvent[] = [];
  return {
    events,
    onEvent: (e) => events.push(e),
    types: () => events.map((e) => (e.nodeId ? `${e.type}:${e.nodeId}${e.attempt ? `#${e.attempt}` : ''}` : e.type)),
  };
}
