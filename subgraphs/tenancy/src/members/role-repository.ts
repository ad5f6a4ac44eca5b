// Custom roles of one tenant, and how many members hold each role.
import type { Tx } from '../db';
import { isPermission, type TPermission } from '@nexus/kernel/authz/permissions';
import type { TCustomRole } from '@nexus/kernel/authz/roles';

export interface CustomRoleRow {
  id: string; tenantId: string; name: string; description: string; permissions: string[]; createdAt: Date; updatedAt: Date;
}

export const RoleRepository = {
  list: (tx: Tx, tenantId: string): Promise<CustomRoleRow[]> => tx.customRole.findMany({ where: { tenantId }, orderBy: { name: 'asc' } }),
  find: (tx: Tx, tenantId: string, name: string): Promise<CustomRoleRow | null> =>
    tx.customRole.findUnique({ where: { tenantId_name: { tenantId, name } } }),
  create: (tx: Tx, data: { tenantId: string; name: string; description: string; permissions: string[] }): Promise<CustomRoleRow> =>
    tx.customRole.create({ data }),
  update: (tx: Tx, id: string, data: { description?: string; permissions?: string[] }): Promise<CustomRoleRow> =>
    tx.customRole.update({ where: { id }, data }),
  remove: (tx: Tx, id: string) => tx.customRole.delete({ where: { id } }),
  /**
   * Row-locks a role (FOR UPDATE: it is about to change or go) and reads it. Assignments take a share lock
   * (`lockShared`), so a role cannot be deleted between "it exists" and "a member now holds it".
   */
  async lock(tx: Tx, tenantId: string, name: string): Promise<CustomRoleRow | null> {
    await tx.$queryRaw`SELECT id FROM custom_roles WHERE tenant_id = ${tenantId}::uuid AND name = ${name} FOR UPDATE`;
    return RoleRepository.find(tx, tenantId, name);
  },
  async lockShared(tx: Tx, tenantId: string, name: string): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM custom_roles WHERE tenant_id = ${tenantId}::uuid AND name = ${name} FOR SHARE`;
    return rows.length > 0;
  },
  /** role → members holding it. */
  async memberCounts(tx: Tx, tenantId: string): Promise<Map<string, number>> {
    const rows = await tx.membership.groupBy({ by: ['role'], where: { tenantId }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.role, r._count._all]));
  },
};

/** Rows as the kernel's role rules take them; a permission since dropped from the catalogue grants nothing. */
export function toCustomRoles(rows: readonly Pick<CustomRoleRow, 'name' | 'description' | 'permissions'>[]): TCustomRole[] {
  return rows.map((r) => ({ name: r.name, description: r.description, permissions: r.permissions.filter(isPermission) as TPermission[] }));
}

export async function customRolesOf(tx: Tx, tenantId: string): Promise<TCustomRole[]> {
  return toCustomRoles(await RoleRepository.list(tx, tenantId));
}
