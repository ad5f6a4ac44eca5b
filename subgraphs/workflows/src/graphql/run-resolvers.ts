// Run resolvers: start, cancel, resume, read (with node inputs and outputs) and the live event stream.
import { asPayload } from '@nexus/kernel/payload';
import type { RunEvent, RunStreamItem } from '../events/run-events';
import type { Resolvers, WorkflowRunStreamItem } from '../generated/resolvers-types';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export const runResolvers: Resolvers = {
  Query: {
    workflowRun: (_p, { id }, { req, services }) => services.runs.get(req, id),
    workflowRuns: (_p, args, { req, services }) => services.runs.listAll(req, args),
  },
  Mutation: {
    runWorkflow: (_p, args, { req, services }) => asPayload(async () => ({ run: await services.runs.startByUser(req, args) })),
    cancelWorkflowRun: (_p, { runId }, { req, services }) => asPayload(async () => ({ run: await services.runs.cancel(req, runId) })),
    retryWorkflowRun: (_p, { runId }, { req, services }) => asPayload(async () => ({ run: await services.runs.retry(req, runId) })),
    resumeWorkflowRun: (_p, { runId, nodeId, payload }, { req, services }) =>
      asPayload(async () => ({ run: await services.runs.resume(req, runId, nodeId, payload) })),
  },
  Subscription: {
    workflowRunEvents: {
      subscribe: async (_p, { runId, after }, { req, services }) => {
        const stream = await services.runs.events(req, runId, after ?? 0);
        return mapIterator(stream, (item) => ({ workflowRunEvents: toStreamItem(item) }));
      },
    },
  },
  Workflow: {
    runs: (w, args, { req, services }) => services.runs.list(req, w.id, args),
  },
  WorkflowRun: {
    nodeRuns: (r, { nodeIds }, { req, services }) => services.runs.nodeRunRows(req, r.id, nodeIds),
    input: (r, _a, { services }) => services.runs.payload(r.input, r.inputBlob),
    output: (r, _a, { services }) => services.runs.payload(r.output, r.outputBlob),
    createdAt: (r) => r.createdAt.toISOString(),
    startedAt: (r) => iso(r.startedAt),
    finishedAt: (r) => iso(r.finishedAt),
  },
  WorkflowNodeRun: {
    // Read only when asked for: a run's node list stays cheap however large the values are.
    input: (n, _a, { services }) => services.runs.payload(n.input, n.inputBlob),
    output: (n, _a, { services }) => services.runs.payload(n.output, n.outputBlob),
    startedAt: (n) => iso(n.startedAt),
    finishedAt: (n) => n.finishedAt.toISOString(),
  },
};

export function toStreamItem(item: RunStreamItem): WorkflowRunStreamItem {
  if (item.type === 'SNAPSHOT') {
    const s = item.snapshot;
    return {
      type: 'SNAPSHOT', runId: item.runId, seq: item.seq, at: null,
      // Before its first event a run is queued: the API's name for it (a client treating unknown statuses as final would stop).
      snapshot: { status: s.status === 'PENDING' ? 'QUEUED' : s.status, error: s.error, nodes: Object.entries(s.nodes).map(([nodeId, n]) => ({ nodeId, status: n.status, attempt: n.attempt, error: n.error })) },
    };
  }
  const e = item as RunEvent & { nodeId?: string; attempt?: number; status?: string; error?: string; delayMs?: number };
  return {
    type: e.type, runId: e.runId, seq: e.seq, at: e.at, nodeId: e.nodeId ?? null, attempt: e.attempt ?? null,
    status: e.status ?? null, error: e.error ?? null, delayMs: e.delayMs ?? null, snapshot: null,
  };
}

/** Maps an async iterator, passing return() through so a client that leaves releases the stream at once. */
function mapIterator<T, R>(source: AsyncIterator<T> & { return(): Promise<IteratorResult<T>> }, fn: (t: T) => R): AsyncIterableIterator<R> {
  return {
    async next() {
      const r = await source.next();
      return r.done ? { value: undefined, done: true } : { value: fn(r.value), done: false };
    },
    async return() {
      await source.return();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
