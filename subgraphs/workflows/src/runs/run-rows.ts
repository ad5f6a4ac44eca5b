// Row shapes of runs and node runs; payloads are already resolved from the BlobStore when they reach resolvers.
import type { TWorkflowGraph } from '../graph/workflow-graph';

export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const RUN_TRIGGERS = ['MANUAL', 'API', 'WEBHOOK', 'SCHEDULE', 'SUB_WORKFLOW', 'ERROR_HANDLER'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export interface RunError { nodeId: string | null; code: string; message: string }

export interface RunRow {
  id: string;
  tenantId: string;
  workflowId: string;
  /** The workflow's current name. */
  workflowName: string;
  versionNumber: number | null;
  graph: TWorkflowGraph;
  status: RunStatus;
  trigger: RunTrigger;
  input: unknown;
  /** Set when `input` is still in the BlobStore under this key (run lists read values only when asked for). */
  inputBlob: string | null;
  output: unknown;
  outputBlob: string | null;
  error: RunError | null;
  concurrency: number;
  lastSeq: number;
  /** The failed or cancelled run this one retries. */
  retryOfRunId: string | null;
  parentRunId: string | null;
  parentNodeId: string | null;
  createdById: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface NodeRunRow {
  runId: string;
  nodeId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'WAITING';
  attempts: number;
  port: string | null;
  /** Inline value; null when it lives in the BlobStore under `inputBlob` (read only when a client asks for it). */
  input: unknown;
  inputBlob: string | null;
  output: unknown;
  outputBlob: string | null;
  error: RunError | null;
  doneSeq: number;
  startedAt: Date | null;
  finishedAt: Date;
}
