// Folds a run's live stream (a SNAPSHOT, then numbered events) into node and run statuses; replays are ignored by seq.
import type { BadgeTone } from '@nexus/ui/badge';
import type { WorkflowRunEventsSubscription } from '../../gql/graphql';

export type RunStreamItem = WorkflowRunEventsSubscription['workflowRunEvents'];

export interface NodeState { status: string; attempt: number; error: string | null }
export interface RunState {
  runId: string;
  status: string;
  error: string | null;
  /** Newest event applied; a reconnect asks for events after it. */
  lastSeq: number;
  nodes: Record<string, NodeState>;
}

export const emptyRunState = (runId: string): RunState => ({ runId, status: 'QUEUED', error: null, lastSeq: 0, nodes: {} });

const NODE_STATUS: Record<string, string> = {
  NODE_STARTED: 'RUNNING',
  NODE_RETRYING: 'RETRYING',
  NODE_SUCCEEDED: 'SUCCEEDED',
  NODE_FAILED: 'FAILED',
  NODE_SKIPPED: 'SKIPPED',
  NODE_WAITING: 'WAITING',
};

const RUN_STATUS: Record<string, string> = { RUN_STARTED: 'RUNNING', RUN_RESUMED: 'RUNNING', RUN_WAITING: 'WAITING' };

export const ACTIVE_RUN_STATUSES = ['QUEUED', 'RUNNING', 'WAITING'];
export const isActiveRun = (status: string): boolean => ACTIVE_RUN_STATUSES.includes(status);

/** Node statuses after which its recorded input and output are worth fetching. */
export const SETTLED_NODE_STATUSES = ['SUCCEEDED', 'FAILED', 'WAITING', 'SKIPPED'];

export function applyRunItem(state: RunState, item: RunStreamItem): RunState {
  if (item.runId !== state.runId) return state;
  if (item.type === 'SNAPSHOT' && item.snapshot) {
    // The snapshot is the whole truth as of its seq; events it already includes are ignored below.
    if (item.seq < state.lastSeq) return state;
    const nodes: Record<string, NodeState> = {};
    for (const n of item.snapshot.nodes) nodes[n.nodeId] = { status: n.status, attempt: n.attempt, error: n.error };
    return { ...state, status: item.snapshot.status, error: item.snapshot.error, lastSeq: item.seq, nodes };
  }
  if (item.seq <= state.lastSeq) return state;
  const next: RunState = { ...state, lastSeq: item.seq };
  const nodeStatus = NODE_STATUS[item.type];
  if (nodeStatus && item.nodeId) {
    const before = state.nodes[item.nodeId];
    next.nodes = {
      ...state.nodes,
      [item.nodeId]: { status: nodeStatus, attempt: item.attempt ?? before?.attempt ?? 1, error: item.error ?? (nodeStatus === 'FAILED' || nodeStatus === 'RETRYING' ? before?.error ?? null : null) },
    };
  }
  const runStatus = RUN_STATUS[item.type];
  if (runStatus) next.status = runStatus;
  if (item.type === 'RUN_FINISHED') {
    next.status = item.status ?? state.status;
    next.error = item.error ?? null;
  }
  return next;
}

/** Badge colour of a run status. */
export const statusTone = (status: string): BadgeTone =>
  status === 'SUCCEEDED' ? 'success' : status === 'FAILED' ? 'danger' : status === 'CANCELLED' ? 'neutral' : status === 'WAITING' ? 'accent' : 'warning';
