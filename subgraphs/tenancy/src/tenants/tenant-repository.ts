// Organisations and the owner membership created with them.
import type { Tx } from '../db';

export interface TenantRow { id: string; slug: string; name: string; createdAt: Date }

export const TenantRepository = {
  findById: (tx: Tx, id: string): Promise<TenantRow | null> => tx.tenant.findUnique({ where: { id } }),
  findBySlug: (tx: Tx, slug: string): Promise<TenantRow | null> => tx.tenant.findUnique({ where: { slug } }),
  findManyByIds: (tx: Tx, ids: string[]): Promise<TenantRow[]> => tx.tenant.findMany({ where: { id: { in: ids } } }),
  create: (tx: Tx, data: { id: string; slug: string; name: string }): Promise<TenantRow> => tx.tenant.create({ data }),
  addMember: (tx: Tx, data: { tenantId: string; userId: string; role: 'OWNER' | 'ADMIN' | 'MEMBER' }) => tx.membership.create({ data }),
};
