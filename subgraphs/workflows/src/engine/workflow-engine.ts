// Runs a compiled plan in memory: schedules ready nodes under a concurrency limit and keeps a plain, resumable state.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { PlanNode } from '../graph/compile-workflow';
import { ERROR_PORT } from '../graph/node-type';
import { systemClock } from './clock';
import { DEFAULT_PORT, type Clock, type EngineEvent, type NodeExecutor, type NodeState, type RunState } from './engine-types';
import { readiness } from './node-readiness';
import { policyFromConfig, type NodePolicy } from './node-policy';
import { runNode, type NodeOutcome } from './run-node';

export type Plan = Record<string, PlanNode>;

export interface EngineOptions {
  executors: Record<string, NodeExecutor>;
  clock?: Clock;
  /** Most nodes running at once in one run. */
  concurrency?: number;
  onEvent?: (event: EngineEvent) => void;
  policyOf?: (node: PlanNode) => NodePolicy;
  /**
   * Makes a node's settled result durable before any other node can see it (and before its event goes out):
   * a node whose checkpoint resolved never runs again after a crash. A throw stops the drive and rejects it.
   */
  checkpoint?: (state: RunState, nodeId: string, settled: NodeState) => Promise<void>;
}

export interface RunOptions { runId?: string; signal?: AbortSignal }
export interface ResumeOptions { signal?: AbortSignal; token?: string; payload?: unknown }

export interface WorkflowEngine {
  start(plan: Plan, input: unknown, options?: RunOptions): Promise<RunState>;
  /** Continues a saved state: finished nodes keep their outputs, interrupted ones start over, due waits complete. */
  resume(plan: Plan, state: RunState, options?: ResumeOptions): Promise<RunState>;
}

export function createWorkflowEngine(options: EngineOptions): WorkflowEngine {
  const clock = options.clock ?? systemClock;
  const limit = Math.max(1, options.concurrency ?? 4);
  const policyOf = options.policyOf ?? policyFromConfig;

  function emitter(state: RunState) {
    return (event: Omit<EngineEvent, 'seq' | 'runId' | 'at'>): number => {
      state.seq += 1;
      options.onEvent?.({ ...event, seq: state.seq, runId: state.runId, at: clock.now() });
      return state.seq;
    };
  }

  async function drive(plan: Plan, state: RunState, external: AbortSignal | undefined): Promise<RunState> {
    const emit = emitter(state);
    // One controller per drive: aborted on cancel and on a `stop` failure, so running nodes stop and none start.
    const halt = new AbortController();
    // Every running attempt listens on it; a wide fan-out is expected, not a leak.
    setMaxListeners(Math.max(limit * 4, 10), halt.signal);
    const onAbort = (): void => halt.abort();
    external?.addEventListener('abort', onAbort, { once: true });
    if (external?.aborted) halt.abort();
    const running = new Map<string, Promise<void>>();
    const order = Object.keys(plan);

    let fatal: unknown;
    /** The node's state after this outcome, not yet visible to the scheduler. */
    const settle = (id: string, outcome: Exclude<NodeOutcome, { kind: 'cancelled' }>): NodeState => {
      const ns = state.nodes[id] as NodeState;
      const base: NodeState = { status: 'SUCCEEDED', attempts: ns.attempts };
      if (outcome.kind === 'ok' && outcome.result.wait) return { ...base, status: 'WAITING', output: outcome.result.output, wait: outcome.result.wait };
      if (outcome.kind === 'ok') return { ...base, port: outcome.result.port ?? DEFAULT_PORT, output: outcome.result.output, doneSeq: nextDone(state) };
      const onError = policyOf(plan[id] as PlanNode).onError;
      if (onError.mode === 'stop') return { ...base, status: 'FAILED', error: outcome.error };
      // The node failed but the run goes on: its value for downstream nodes depends on the chosen handling.
      if (onError.mode === 'error-branch') return { ...base, error: outcome.error, port: ERROR_PORT, output: outcome.error, doneSeq: nextDone(state) };
      return { ...base, error: outcome.error, port: DEFAULT_PORT, output: onError.mode === 'default' ? onError.value : null, doneSeq: nextDone(state) };
    };

    const finish = async (id: string, outcome: NodeOutcome): Promise<void> => {
      const ns = state.nodes[id] as NodeState;
      if (outcome.kind === 'cancelled') {
        ns.status = 'CANCELLED';
        return;
      }
      const next = settle(id, outcome);
      if (options.checkpoint) {
        try {
          await options.checkpoint(state, id, next);
        } catch (err) {
          // Not durable, so not done: the node stays unfinished for whoever resumes the run.
          ns.status = 'CANCELLED';
          fatal ??= err;
          halt.abort();
          return;
        }
      }
      state.nodes[id] = next;
      if (next.status === 'WAITING') {
        emit({ type: 'node.waiting', nodeId: id, attempt: next.attempts });
        return;
      }
      if (outcome.kind === 'error') emit({ type: 'node.failed', nodeId: id, attempt: next.attempts, error: outcome.error });
      else emit({ type: 'node.succeeded', nodeId: id, attempt: next.attempts });
      if (next.status === 'FAILED' && outcome.kind === 'error') {
        state.error ??= { nodeId: id, ...outcome.error };
        halt.abort();
      }
    };

    // Only nodes whose inputs may have changed are looked at again: all of them once, then the successors of each
    // node that settles. Re-checking every node after every completion would make a long chain quadratic.
    const candidates = new Set(order);
    const touch = (id: string): void => {
      for (const targets of Object.values((plan[id] as PlanNode).outputs)) for (const t of targets) candidates.add(t.node);
    };
    for (;;) {
      let progressed = true;
      while (progressed && !halt.signal.aborted && running.size < limit) {
        progressed = false;
        for (const id of candidates) {
          if (running.size >= limit) break;
          candidates.delete(id);
          const ns = state.nodes[id] as NodeState;
          if (ns.status !== 'PENDING') continue;
          const ready = readiness(plan[id] as PlanNode, state);
          if (ready.kind === 'wait') continue; // looked at again when one of its inputs settles
          progressed = true;
          if (ready.kind === 'skip') {
            ns.status = 'SKIPPED';
            emit({ type: 'node.skipped', nodeId: id });
            touch(id);
            continue;
          }
          running.set(id, launch(id, ready.input).then(async (outcome) => {
            await finish(id, outcome);
            running.delete(id);
            touch(id);
          }));
        }
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    external?.removeEventListener('abort', onAbort);
    if (fatal !== undefined) throw fatal;

    if (external?.aborted) state.status = 'CANCELLED';
    else if (state.error) state.status = 'FAILED';
    else if (Object.values(state.nodes).some((n) => n.status === 'WAITING')) state.status = 'WAITING';
    else state.status = 'SUCCEEDED';
    emit({ type: 'run.finished', status: state.status, ...(state.error ? { error: state.error } : {}) });
    return state;

    function launch(id: string, input: unknown): Promise<NodeOutcome> {
      const node = plan[id] as PlanNode;
      const ns = state.nodes[id] as NodeState;
      const executor = options.executors[node.type];
      ns.status = 'RUNNING';
      if (!executor) return Promise.resolve({ kind: 'error', error: { code: 'NO_EXECUTOR', message: `no executor for node type "${node.type}"` } });
      return runNode({
        node, input, executor, clock, signal: halt.signal, policy: policyOf(node),
        firstAttempt: ns.attempts + 1,
        onAttempt: (attempt) => {
          ns.attempts = attempt;
          emit({ type: 'node.started', nodeId: id, attempt });
        },
        emit,
      });
    }
  }

  return {
    start(plan, input, runOptions = {}) {
      const nodes = Object.fromEntries(Object.keys(plan).map((id) => [id, { status: 'PENDING', attempts: 0 } satisfies NodeState]));
      const state: RunState = { runId: runOptions.runId ?? randomUUID(), status: 'RUNNING', input, seq: 0, nodes };
      emitter(state)({ type: 'run.started' });
      return drive(plan, state, runOptions.signal);
    },
    async resume(plan, saved, resumeOptions = {}) {
      const state = structuredClone(saved);
      state.status = 'RUNNING';
      const emit = emitter(state);
      emit({ type: 'run.resumed' });
      for (const [id, ns] of Object.entries(state.nodes)) {
        // A node cut off mid-run has no result to keep, so it runs again with a fresh attempt budget.
        if (ns.status === 'RUNNING' || ns.status === 'CANCELLED') Object.assign(ns, { status: 'PENDING', attempts: 0 });
        if (ns.status !== 'WAITING' || !ns.wait) continue;
        const byToken = ns.wait.token !== undefined && ns.wait.token === resumeOptions.token;
        const due = ns.wait.resumeAt !== undefined && clock.now() >= ns.wait.resumeAt;
        if (!byToken && !due) continue;
        const next: NodeState = {
          status: 'SUCCEEDED', attempts: ns.attempts, port: DEFAULT_PORT, doneSeq: nextDone(state),
          output: byToken && resumeOptions.payload !== undefined ? resumeOptions.payload : ns.output,
        };
        await options.checkpoint?.(state, id, next);
        state.nodes[id] = next;
        emit({ type: 'node.succeeded', nodeId: id, attempt: ns.attempts });
      }
      return drive(plan, state, resumeOptions.signal);
    },
  };
}

/** Completion order for merge `any`; kept in the state so a resumed run keeps counting. */
function nextDone(state: RunState): number {
  state.done = (state.done ?? 0) + 1;
  return state.done;
}

/** Earliest time a waiting run can be resumed by the clock, for whoever schedules the wake-up. */
export function nextResumeAt(state: RunState): number | undefined {
  const times = Object.values(state.nodes).flatMap((n) => (n.status === 'WAITING' && n.wait?.resumeAt !== undefined ? [n.wait.resumeAt] : []));
  return times.length > 0 ? Math.min(...times) : undefined;
}
