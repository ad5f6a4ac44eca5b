// Workflow and version rows of one tenant (RLS-scoped tx), plus the row lock that serialises version numbers.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import type { VersionRow, WorkflowRow } from './workflow-rows';

type WorkflowRecord = Omit<WorkflowRow, 'draft'> & { draft: Prisma.JsonValue };
type VersionRecord = Omit<VersionRow, 'graph'> & { graph: Prisma.JsonValue };

// Stored graphs were checked with ZWorkflowGraph on the way in; reading them back needs no second parse.
const toWorkflow = (r: WorkflowRecord): WorkflowRow => ({ ...r, draft: r.draft as unknown as TWorkflowGraph });
const toVersion = (r: VersionRecord): VersionRow => ({ ...r, graph: r.graph as unknown as TWorkflowGraph });
const json = (graph: TWorkflowGraph): Prisma.InputJsonValue => graph as unknown as Prisma.InputJsonValue;

export interface NewWorkflow {
  tenantId: string;
  name: string;
  description: string;
  draft: TWorkflowGraph;
  webhookSecret: string;
  createdById: string | null;
}

export interface WorkflowChanges {
  name?: string;
  description?: string;
  draft?: TWorkflowGraph;
  draftUpdatedAt?: Date;
  errorWorkflowId?: string | null;
  concurrency?: number;
  latestVersion?: number;
  active?: boolean;
  webhookSecret?: string;
}

export const WorkflowRepository = {
  list: async (tx: Tx, tenantId: string, page: { take: number; skip: number; search: string | null }): Promise<WorkflowRow[]> => {
    const where: Prisma.WorkflowWhereInput = { tenantId };
    if (page.search) {
      where.OR = [
        { name: { contains: page.search, mode: 'insensitive' } },
        { description: { contains: page.search, mode: 'insensitive' } },
      ];
    }
    const rows = await tx.workflow.findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: page.take, skip: page.skip });
    return rows.map(toWorkflow);
  },
  findById: async (tx: Tx, id: string): Promise<WorkflowRow | null> => {
    const row = await tx.workflow.findUnique({ where: { id } });
    return row ? toWorkflow(row) : null;
  },
  /** Locks the row until the transaction ends, so concurrent version saves take numbers one after another. */
  lockById: async (tx: Tx, id: string): Promise<WorkflowRow | null> => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM workflows WHERE id = ${id}::uuid FOR UPDATE`;
    return locked.length === 0 ? null : WorkflowRepository.findById(tx, id);
  },
  create: async (tx: Tx, data: NewWorkflow): Promise<WorkflowRow> =>
    toWorkflow(await tx.workflow.create({ data: { ...data, draft: json(data.draft) } })),
  update: async (tx: Tx, id: string, changes: WorkflowChanges): Promise<WorkflowRow> => {
    const { draft, ...rest } = changes;
    return toWorkflow(await tx.workflow.update({ where: { id }, data: { ...rest, ...(draft ? { draft: json(draft) } : {}) } }));
  },
  nameTaken: async (tx: Tx, tenantId: string, name: string, exceptId: string | null): Promise<boolean> =>
    (await tx.workflow.count({ where: { tenantId, name, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0,
  delete: (tx: Tx, id: string) => tx.workflow.delete({ where: { id } }),
  /** A deleted workflow can no longer handle other workflows' failures. */
  clearErrorWorkflow: (tx: Tx, errorWorkflowId: string) =>
    tx.workflow.updateMany({ where: { errorWorkflowId }, data: { errorWorkflowId: null } }),

  versions: async (tx: Tx, workflowId: string): Promise<VersionRow[]> =>
    (await tx.workflowVersion.findMany({ where: { workflowId }, orderBy: { number: 'desc' } })).map(toVersion),
  version: async (tx: Tx, workflowId: string, number: number): Promise<VersionRow | null> => {
    const row = await tx.workflowVersion.findUnique({ where: { workflowId_number: { workflowId, number } } });
    return row ? toVersion(row) : null;
  },
  createVersion: async (tx: Tx, data: Omit<VersionRow, 'id' | 'createdAt'>): Promise<VersionRow> =>
    toVersion(await tx.workflowVersion.create({ data: { ...data, graph: json(data.graph) } })),
};
