// Organisations and the owner membership created with them.
import type { Tx } from '../db';

export interface TenantRow { id: string; slug: string; name: string; createdAt: Date; planId: string }

export const TenantRepository = {
  findById: (tx: Tx, id: string): Promise<TenantRow | null> => tx.tenant.findUnique({ where: { id } }),
  findBySlug: (tx: Tx, slug: string): Promise<TenantRow | null> => tx.tenant.findUnique({ where: { slug } }),
  findManyByIds: (tx: Tx, ids: string[]): Promise<TenantRow[]> => tx.tenant.findMany({ where: { id: { in: ids } } }),
  create: (tx: Tx, data: { id: string; slug: string; name: string }): Promise<TenantRow> => tx.tenant.create({ data }),
  rename: (tx: Tx, id: string, name: string): Promise<TenantRow> => tx.tenant.update({ where: { id }, data: { name } }),
  addMember: (tx: Tx, data: { tenantId: string; userId: string; role: string }) => tx.membership.create({ data }),
  /** Locks the organisation row: changes that count seats against the plan take turns here. */
  async lockById(tx: Tx, id: string): Promise<TenantRow | null> {
    await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    return tx.tenant.findUnique({ where: { id } });
  },
};
