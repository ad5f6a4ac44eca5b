// The executions page's URL parameters ↔ the API's workflowRuns filters; unknown values are dropped, not sent.

export const RUN_STATUS_FILTERS = ['QUEUED', 'RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export const RUN_TRIGGER_FILTERS = ['MANUAL', 'API', 'WEBHOOK', 'SCHEDULE', 'SUB_WORKFLOW', 'ERROR_HANDLER'] as const;

export interface RunsQuery {
  status: string;
  trigger: string;
  workflowId: string;
  after: string | null;
}

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : '');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readRunsQuery(params: Params): RunsQuery {
  const status = one(params.status).toUpperCase();
  const trigger = one(params.trigger).toUpperCase();
  const workflowId = one(params.workflow);
  return {
    status: (RUN_STATUS_FILTERS as readonly string[]).includes(status) ? status : '',
    trigger: (RUN_TRIGGER_FILTERS as readonly string[]).includes(trigger) ? trigger : '',
    workflowId: UUID.test(workflowId) ? workflowId : '',
    after: one(params.after) || null,
  };
}

/** Variables of the WorkflowExecutions query. */
export function toRunsVariables(query: RunsQuery, first: number) {
  return {
    first,
    after: query.after,
    workflowId: query.workflowId || null,
    status: query.status ? [query.status] : null,
    trigger: query.trigger ? [query.trigger] : null,
  };
}

/** The page's URL with the same filters and another cursor (null: the newest runs). */
export function runsHref(query: RunsQuery, after: string | null): string {
  const params = new URLSearchParams();
  if (query.workflowId) params.set('workflow', query.workflowId);
  if (query.status) params.set('status', query.status);
  if (query.trigger) params.set('trigger', query.trigger);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `/console/workflows/runs?${search}` : '/console/workflows/runs';
}

/** How long a run took, or has been going ("—" before it started). */
export function runDuration(startedAt: string | null | undefined, finishedAt: string | null | undefined, now = Date.now()): number | null {
  if (!startedAt) return null;
  const start = Date.parse(startedAt);
  const end = finishedAt ? Date.parse(finishedAt) : now;
  return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start);
}
