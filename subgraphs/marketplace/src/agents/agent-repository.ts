// Agent rows: public ones for everyone, private ones only inside their tenant (RLS decides).
import type { Tx } from '../db';

export interface AgentRow {
  id: string; tenantId: string; name: string; displayName: string; description: string; tags: string[];
  latestVersion: string; visibility: 'PUBLIC' | 'PRIVATE'; downloads: number; ratingAvg: number | null; ratingCount: number;
  createdAt: Date; updatedAt: Date;
}

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
};
