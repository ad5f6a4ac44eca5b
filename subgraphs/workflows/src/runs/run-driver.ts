// Drives one run on this worker: claims it, restores its settled nodes, runs the engine with every node result made
// durable before it counts, streams numbered events, renews the lease, and records the outcome.
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { systemClock } from '../engine/clock';
import type { Clock, EngineEvent, NodeExecutor, NodeState, RunState } from '../engine/engine-types';
import { createWorkflowEngine, nextResumeAt, type Plan } from '../engine/workflow-engine';
import type { RunEventBody } from '../events/run-events';
import { compileWorkflow } from '../graph/compile-workflow';
import type { NodeTypeRegistry } from '../graph/node-type';
import type { RunScope } from '../nodes/step-executors';
import { recordRunEvents } from './run-event-channel';
import { LeaseLostError, type ClaimedRun, type RunOutcome, type RunStore } from './run-store';
import { createTriggerExecutors, firingTriggers, IDLE_PORT } from './trigger-executors';

export interface DriverDeps {
  store: RunStore;
  registry: NodeTypeRegistry;
  pubsub: PubSub;
  /** Executors of the step types for one run (nodes/step-executors.ts). */
  stepExecutors: (scope: RunScope) => Record<string, NodeExecutor>;
  /** This worker's identity in leases. */
  owner: string;
  leaseMs: number;
  clock?: Clock;
  logger: Logger;
  /** Called when a run has settled as WAITING with a timed wait: schedule a wake-up job. */
  scheduleWake(runId: string, at: Date): Promise<void>;
  /** Called once a run has ended (error-handler workflow, parent notifications). */
  onFinished?(run: ClaimedRun, outcome: RunOutcome): Promise<void>;
}

export interface DriveOptions {
  /** Resume a waiting node by token (its node id), optionally replacing its output. */
  token?: string;
  payload?: unknown;
  /** Worker shutdown: stop, keep what is settled, give the run back. */
  signal?: AbortSignal;
  /** Called with a cancel function while the run is being driven (for cancel messages). */
  onActive?(cancel: () => void): () => void;
}

export type DriveResult = 'not-claimed' | 'finished' | 'waiting' | 'lost' | 'released';

export async function driveRun(deps: DriverDeps, runId: string, opts: DriveOptions = {}): Promise<DriveResult> {
  const run = await deps.store.claim(runId, deps.owner, deps.leaseMs);
  if (!run) return 'not-claimed';
  const log = deps.logger.child({ runId, tenantId: run.tenantId });
  const clock = deps.clock ?? systemClock;

  const compiled = compileWorkflow(run.graph, deps.registry);
  if (!compiled.ok) {
    const first = compiled.errors[0];
    const error = { nodeId: first?.nodeId ?? null, code: 'COMPILE_ERROR', message: `The workflow does not compile: ${first?.message ?? 'invalid graph'}` };
    await deps.store.finish(run.id, deps.owner, { status: 'FAILED', error });
    await publish(deps, run.id, { type: 'RUN_FINISHED', status: 'FAILED', error: error.message });
    return 'finished';
  }
  const plan = compiled.plan;

  // Events are stored in order, in batches: while one batch is being written the next ones queue up, so a fast run
  // costs one statement per batch instead of one per event. A failed write is remembered and fails the drive.
  const pending: RunEventBody[] = [];
  let flushing: Promise<void> | null = null;
  let appendError: unknown;
  const drain = async (): Promise<void> => {
    while (pending.length > 0) {
      await recordRunEvents(deps.store, deps.pubsub, run.id, pending.splice(0, 500));
    }
  };
  const kick = (): void => {
    if (flushing) return;
    flushing = drain().catch((err: unknown) => { appendError ??= err; pending.length = 0; }).finally(() => {
      flushing = null;
      if (pending.length > 0) kick();
    });
  };
  const append = (body: RunEventBody): void => {
    pending.push(body);
    kick();
  };
  const settled = async (): Promise<void> => {
    while (flushing) await flushing;
  };

  const halt = new AbortController();
  let reason: 'cancel' | 'lost' | 'shutdown' | undefined;
  const stop = (why: 'cancel' | 'lost' | 'shutdown'): void => {
    reason ??= why;
    halt.abort();
  };
  const onShutdown = (): void => stop('shutdown');
  if (opts.signal?.aborted) stop('shutdown');
  opts.signal?.addEventListener('abort', onShutdown, { once: true });
  const cancelHook = opts.onActive?.(() => stop('cancel'));
  const detach = (): void => {
    cancelHook?.();
    opts.signal?.removeEventListener('abort', onShutdown);
  };
  const heartbeat = setInterval(() => {
    deps.store.renew(run.id, deps.owner, deps.leaseMs).then((r) => {
      if (r !== 'ok') stop(r);
    }).catch((err: unknown) => log.warn({ err }, 'lease renewal failed'));
  }, Math.max(50, Math.floor(deps.leaseMs / 3)));

  // What each node received and when it first started, for the node-run row (inspection in the builder).
  const io = new Map<string, { input: unknown; startedAt: Date }>();
  const scope: RunScope = { tenantId: run.tenantId, runId: run.id, workflowId: run.workflowId };
  const executors = withIo({ ...deps.stepExecutors(scope), ...createTriggerExecutors(firingTriggers(plan, run), () => new Date(clock.now())) }, io);

  const engine = createWorkflowEngine({
    executors,
    clock,
    concurrency: run.concurrency,
    onEvent: (event) => {
      const body = toRunEvent(event);
      if (body) append(body);
    },
    checkpoint: (_state, nodeId, settled) => deps.store.saveNode(run, deps.owner, nodeId, settled, io.get(nodeId) ?? { input: undefined, startedAt: null }),
  });

  let state: RunState;
  try {
    // A run with stored nodes resumes from them, even before its first event: a retry starts with the nodes it copied,
    // and a worker can die after storing a node but before that node's event went out.
    if (run.lastSeq === 0 && !(await deps.store.hasNodes(run.id))) {
      state = await engine.start(plan, run.input, { runId: run.id, signal: halt.signal });
    } else {
      state = await engine.resume(plan, await restore(deps, run, plan), { signal: halt.signal, ...(opts.token ? { token: opts.token } : {}), ...(opts.payload !== undefined ? { payload: opts.payload } : {}) });
    }
  } catch (err) {
    clearInterval(heartbeat);
    detach();
    await settled();
    if (err instanceof LeaseLostError) return 'lost';
    // Not durable (database trouble): give the run back so this or another worker picks it up again.
    log.error({ err }, 'run interrupted');
    await deps.store.release(run.id, deps.owner).catch(() => undefined);
    throw err;
  } finally {
    clearInterval(heartbeat);
    detach();
  }
  await settled();
  if (appendError) {
    await deps.store.release(run.id, deps.owner).catch(() => undefined);
    throw appendError;
  }
  if (reason === 'lost') return 'lost';
  if (reason === 'shutdown') {
    await deps.store.release(run.id, deps.owner);
    return 'released';
  }
  if (reason === 'cancel') {
    if (await deps.store.markCancelled(run.id, deps.owner)) {
      await deps.store.recordRunGauge(run.tenantId);
      await publish(deps, run.id, { type: 'RUN_FINISHED', status: 'CANCELLED', error: 'The run was cancelled.' });
      await deps.onFinished?.(run, { status: 'CANCELLED' });
    }
    return 'finished';
  }

  if (state.status === 'WAITING') {
    const at = nextResumeAt(state);
    const resumeAt = at === undefined ? null : new Date(at);
    if (!(await deps.store.finish(run.id, deps.owner, { status: 'WAITING', resumeAt }))) return 'lost';
    await deps.store.recordRunGauge(run.tenantId);
    await publish(deps, run.id, { type: 'RUN_WAITING' });
    if (resumeAt) await deps.scheduleWake(run.id, resumeAt);
    return 'waiting';
  }
  const status = state.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED';
  const outcome: RunOutcome = status === 'SUCCEEDED'
    ? { status, output: terminalOutput(plan, state) }
    : { status, error: state.error ? { nodeId: state.error.nodeId, code: state.error.code, message: state.error.message } : null };
  if (!(await deps.store.finish(run.id, deps.owner, outcome))) return 'lost';
  await deps.store.recordRunGauge(run.tenantId);
  await publish(deps, run.id, { type: 'RUN_FINISHED', status, ...(outcome.error ? { error: outcome.error.message } : {}) });
  await deps.onFinished?.(run, outcome).catch((err: unknown) => log.error({ err }, 'after-run hook failed'));
  return 'finished';
}

function publish(deps: DriverDeps, runId: string, body: RunEventBody): Promise<void> {
  return recordRunEvents(deps.store, deps.pubsub, runId, [body]);
}

/** The engine state of a run picked up again: settled nodes as stored, everything else pending. */
async function restore(deps: DriverDeps, run: ClaimedRun, plan: Plan): Promise<RunState> {
  const settled = await deps.store.nodeStates(run.id);
  const nodes: Record<string, NodeState> = {};
  for (const id of Object.keys(plan)) nodes[id] = settled[id] ?? { status: 'PENDING', attempts: 0 };
  const done = Math.max(0, ...Object.values(settled).map((n) => n.doneSeq ?? 0));
  return { runId: run.id, status: 'RUNNING', input: run.input, seq: 0, nodes, done };
}

/** Outputs of the nodes nothing follows that produced a value: the single value when there is one, else by node id. */
export function terminalOutput(plan: Plan, state: RunState): unknown {
  const ends = Object.values(plan).filter((n) => Object.values(n.outputs).every((targets) => targets.length === 0));
  const values = ends.flatMap((n) => {
    const ns = state.nodes[n.id];
    return ns?.status === 'SUCCEEDED' && ns.port !== IDLE_PORT ? [[n.id, ns.output] as const] : [];
  });
  if (values.length === 1) return values[0]?.[1];
  return Object.fromEntries(values);
}

function withIo(executors: Record<string, NodeExecutor>, io: Map<string, { input: unknown; startedAt: Date }>): Record<string, NodeExecutor> {
  return Object.fromEntries(Object.entries(executors).map(([type, exec]) => [type, (ctx: Parameters<NodeExecutor>[0]) => {
    if (!io.has(ctx.node.id)) io.set(ctx.node.id, { input: ctx.input, startedAt: new Date() });
    return exec(ctx);
  }]));
}

export function toRunEvent(e: EngineEvent): RunEventBody | null {
  const nodeId = e.nodeId ?? '';
  const message = e.error?.message ?? '';
  switch (e.type) {
    case 'run.started': return { type: 'RUN_STARTED' };
    case 'run.resumed': return { type: 'RUN_RESUMED' };
    case 'node.started': return { type: 'NODE_STARTED', nodeId, attempt: e.attempt ?? 1 };
    case 'node.succeeded': return { type: 'NODE_SUCCEEDED', nodeId, attempt: e.attempt ?? 1 };
    case 'node.failed': return { type: 'NODE_FAILED', nodeId, attempt: e.attempt ?? 1, error: message };
    // The engine numbers the retry by the attempt to come; the event names the one that failed.
    case 'node.retrying': return { type: 'NODE_RETRYING', nodeId, attempt: Math.max(1, (e.attempt ?? 2) - 1), error: message, delayMs: e.delayMs ?? 0 };
    case 'node.skipped': return { type: 'NODE_SKIPPED', nodeId };
    case 'node.waiting': return { type: 'NODE_WAITING', nodeId, attempt: e.attempt ?? 1 };
    // The outcome is recorded first and its event sent by the driver, so a client never sees an end the store lacks.
    case 'run.finished': return null;
  }
}
