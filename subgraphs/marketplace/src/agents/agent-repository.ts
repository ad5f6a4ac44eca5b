// Agent rows: public ones for everyone, private ones only inside their tenant (RLS decides).
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';

export type AgentRow = Prisma.AgentGetPayload<object>;

export interface AgentFilter {
  query?: string;
  tenantId?: string;
  publicOnly?: boolean;
}

function where(f: AgentFilter) {
  const q = f.query?.trim();
  return {
    ...(f.tenantId ? { tenantId: f.tenantId } : {}),
    ...(f.publicOnly ? { visibility: 'PUBLIC' as const } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: 'insensitive' as const } },
            { displayName: { contains: q, mode: 'insensitive' as const } },
            { description: { contains: q, mode: 'insensitive' as const } },
            { tags: { has: q.toLowerCase() } },
          ],
        }
      : {}),
  };
}

export const AgentRepository = {
  list: (tx: Tx, f: AgentFilter, page: { take: number; skip: number }): Promise<AgentRow[]> =>
    tx.agent.findMany({ where: where(f), orderBy: [{ downloads: 'desc' }, { id: 'asc' }], take: page.take, skip: page.skip }),
  count: (tx: Tx, f: AgentFilter): Promise<number> => tx.agent.count({ where: where(f) }),
  findById: (tx: Tx, id: string): Promise<AgentRow | null> => tx.agent.findUnique({ where: { id } }),
  findByName: (tx: Tx, name: string): Promise<AgentRow | null> => tx.agent.findUnique({ where: { name } }),
  findManyByIds: (tx: Tx, ids: string[]): Promise<AgentRow[]> => tx.agent.findMany({ where: { id: { in: ids } } }),
  create: (tx: Tx, data: Prisma.AgentUncheckedCreateInput): Promise<AgentRow> => tx.agent.create({ data }),
  update: (tx: Tx, id: string, data: Prisma.AgentUncheckedUpdateInput): Promise<AgentRow> => tx.agent.update({ where: { id }, data }),
  /** Every agent of the current tenant, private ones included (for the console). */
  listOwn: (tx: Tx, tenantId: string, page: { take: number; skip: number }): Promise<AgentRow[]> =>
    tx.agent.findMany({ where: { tenantId }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: page.take, skip: page.skip }),
  countOwn: (tx: Tx, tenantId: string): Promise<number> => tx.agent.count({ where: { tenantId } }),
};
