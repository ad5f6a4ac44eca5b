// Row shapes of workflows and their versions, as repositories return them and resolvers receive them.
import type { TWorkflowGraph } from '../graph/workflow-graph';

export interface WorkflowRow {
  id: string;
  tenantId: string;
  name: string;
  description: string;
  draft: TWorkflowGraph;
  draftUpdatedAt: Date;
  latestVersion: number;
  active: boolean;
  /** Sealed (AES-256-GCM, base64); only the service opens it. */
  webhookSecret: string;
  errorWorkflowId: string | null;
  concurrency: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionRow {
  id: string;
  tenantId: string;
  workflowId: string;
  number: number;
  name: string;
  note: string;
  graph: TWorkflowGraph;
  authorId: string | null;
  createdAt: Date;
}
