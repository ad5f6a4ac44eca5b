// The numbered events of one workflow run and the fold that turns them into the state a reconnecting client starts from.

export type RunStatus = 'PENDING' | 'RUNNING' | 'WAITING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export type NodeRunStatus = 'RUNNING' | 'RETRYING' | 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'WAITING';

/** What the executor reports; the log adds `runId`, `seq` and `at`. `attempt` counts from 1. */
export type RunEventBody =
  | { type: 'RUN_STARTED' }
  /** A worker picked the run up again: after a crash, a wait, or a resume by API. */
  | { type: 'RUN_RESUMED' }
  /** Nothing can move until a wait node is due or resumed; not final. */
  | { type: 'RUN_WAITING' }
  | { type: 'NODE_SKIPPED'; nodeId: string }
  | { type: 'NODE_WAITING'; nodeId: string; attempt: number }
  | { type: 'NODE_STARTED'; nodeId: string; attempt: number }
  | { type: 'NODE_SUCCEEDED'; nodeId: string; attempt: number }
  | { type: 'NODE_FAILED'; nodeId: string; attempt: number; error: string }
  /** `attempt` is the one that just failed; the next NODE_STARTED carries `attempt + 1`. */
  | { type: 'NODE_RETRYING'; nodeId: string; attempt: number; error: string; delayMs: number }
  | { type: 'RUN_FINISHED'; status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED'; error?: string };

export type RunEvent = RunEventBody & { runId: string; seq: number; at: string };

export interface NodeRunState {
  status: NodeRunStatus;
  attempt: number;
  /** The error of the latest failed attempt while the node is RETRYING or FAILED; null otherwise. */
  error: string | null;
}

export interface RunSnapshot {
  runId: string;
  /** The newest event folded in; 0 before the first event. */
  seq: number;
  status: RunStatus;
  error: string | null;
  /** Only nodes that have started or were skipped; a node missing here has not run (yet). */
  nodes: Record<string, NodeRunState>;
}

/** What a `workflowRunEvents` subscriber receives: one snapshot first, then events in seq order. */
export type RunStreamItem = { type: 'SNAPSHOT'; runId: string; seq: number; snapshot: RunSnapshot } | RunEvent;

export function emptySnapshot(runId: string): RunSnapshot {
  return { runId, seq: 0, status: 'PENDING', error: null, nodes: {} };
}

export const isFinal = (event: RunEvent): boolean => event.type === 'RUN_FINISHED';

/**
 * Folds one event into a snapshot the caller owns (mutated in place: a 1,000-node run folds thousands of events,
 * and copying the node map per event would make that quadratic). Returns false for an event already folded in,
 * so replaying an overlap is harmless; throws on a gap, which means events were lost and the state would be wrong.
 */
export function applyRunEvent(state: RunSnapshot, event: RunEvent): boolean {
  if (event.runId !== state.runId) throw new Error(`event of run ${event.runId} folded into run ${state.runId}`);
  if (event.seq <= state.seq) return false;
  if (event.seq !== state.seq + 1) throw new Error(`run ${state.runId}: event ${event.seq} after ${state.seq}; events are missing`);
  state.seq = event.seq;
  switch (event.type) {
    case 'RUN_STARTED':
    case 'RUN_RESUMED':
      state.status = 'RUNNING';
      break;
    case 'RUN_WAITING':
      state.status = 'WAITING';
      break;
    case 'NODE_SKIPPED':
      state.nodes[event.nodeId] = { status: 'SKIPPED', attempt: 0, error: null };
      break;
    case 'NODE_WAITING':
      state.nodes[event.nodeId] = { status: 'WAITING', attempt: event.attempt, error: null };
      break;
    case 'NODE_STARTED':
      state.nodes[event.nodeId] = { status: 'RUNNING', attempt: event.attempt, error: null };
      break;
    case 'NODE_SUCCEEDED':
      state.nodes[event.nodeId] = { status: 'SUCCEEDED', attempt: event.attempt, error: null };
      break;
    case 'NODE_FAILED':
      state.nodes[event.nodeId] = { status: 'FAILED', attempt: event.attempt, error: event.error };
      break;
    case 'NODE_RETRYING':
      state.nodes[event.nodeId] = { status: 'RETRYING', attempt: event.attempt, error: event.error };
      break;
    case 'RUN_FINISHED':
      state.status = event.status;
      state.error = event.error ?? null;
      break;
  }
  return true;
}

/** The state of a run after all of `events` (seq order, starting at 1). */
export function snapshot(runId: string, events: readonly RunEvent[]): RunSnapshot {
  const state = emptySnapshot(runId);
  for (const event of events) applyRunEvent(state, event);
  return state;
}

/**
 * The replay a client reconnecting with `after` gets from a stored backlog: a snapshot as of the newest event,
 * then every event newer than `after` (the client renders its timeline from those, its status colours from the snapshot).
 */
export function replayAfter(runId: string, events: readonly RunEvent[], after: number): RunStreamItem[] {
  const state = snapshot(runId, events);
  return [{ type: 'SNAPSHOT', runId, seq: state.seq, snapshot: state }, ...events.filter((e) => e.seq > after)];
}
