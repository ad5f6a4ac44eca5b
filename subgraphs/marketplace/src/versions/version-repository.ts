// Agent versions and dist-tags. Every call runs in the caller's tenant-scoped transaction.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';

export type VersionRow = Prisma.AgentVersionGetPayload<object>;
export type VersionStatus = VersionRow['status'];

export const VersionRepository = {
  find: (tx: Tx, agentId: string, version: string): Promise<VersionRow | null> =>
    tx.agentVersion.findUnique({ where: { agentId_version: { agentId, version } } }),
  byId: (tx: Tx, id: string): Promise<VersionRow | null> => tx.agentVersion.findUnique({ where: { id } }),
  list: (tx: Tx, agentId: string, page: { take: number; skip: number }, statuses?: VersionStatus[]): Promise<VersionRow[]> =>
    tx.agentVersion.findMany({
      where: { agentId, ...(statuses ? { status: { in: statuses } } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.take, skip: page.skip,
    }),
  count: (tx: Tx, agentId: string, statuses?: VersionStatus[]): Promise<number> =>
    tx.agentVersion.count({ where: { agentId, ...(statuses ? { status: { in: statuses } } : {}) } }),
  countByBlob: (tx: Tx, blobKey: string): Promise<number> => tx.agentVersion.count({ where: { blobKey } }),
  allOf: (tx: Tx, agentId: string): Promise<VersionRow[]> => tx.agentVersion.findMany({ where: { agentId } }),
  /** Every published version of the named agents, for dependency resolution. */
  publishedByNames: (tx: Tx, names: string[]) =>
    tx.agentVersion.findMany({ where: { status: 'PUBLISHED', agent: { name: { in: names } } }, select: { version: true, dependencies: true, deprecated: true, agent: { select: { name: true } } } }),
  /** With their agents: reviewers see private, not-yet-published agents of every tenant. */
  pending: (tx: Tx, page: { take: number; skip: number }) =>
    tx.agentVersion.findMany({ where: { status: 'PENDING_REVIEW' }, include: { agent: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: page.take, skip: page.skip }),
  countPending: (tx: Tx): Promise<number> => tx.agentVersion.count({ where: { status: 'PENDING_REVIEW' } }),
  create: (tx: Tx, data: Prisma.AgentVersionUncheckedCreateInput): Promise<VersionRow> => tx.agentVersion.create({ data }),
  update: (tx: Tx, id: string, data: Prisma.AgentVersionUncheckedUpdateInput): Promise<VersionRow> => tx.agentVersion.update({ where: { id }, data }),
  deprecate: (tx: Tx, ids: string[], message: string | null) => tx.agentVersion.updateMany({ where: { id: { in: ids } }, data: { deprecated: message } }),
  distTags: (tx: Tx, agentId: string) => tx.agentDistTag.findMany({ where: { agentId }, orderBy: { tag: 'asc' } }),
  setDistTag: (tx: Tx, data: { tenantId: string; agentId: string; tag: string; version: string }) =>
    tx.agentDistTag.upsert({ where: { agentId_tag: { agentId: data.agentId, tag: data.tag } }, create: data, update: { version: data.version } }),
};
