// Memberships of one tenant with their users; row locks for changes that must see a stable owner count.
import type { Tx } from '../db';
import type { UserRow } from '../accounts/account-repository';

export interface MemberRow { id: string; tenantId: string; userId: string; role: string; createdAt: Date; user: UserRow }

const OWNER = 'OWNER';

export const MemberRepository = {
  list: (tx: Tx, tenantId: string, page: { take: number; skip: number }): Promise<MemberRow[]> =>
    tx.membership.findMany({ where: { tenantId }, include: { user: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: page.take, skip: page.skip }),
  count: (tx: Tx, tenantId: string): Promise<number> => tx.membership.count({ where: { tenantId } }),
  find: (tx: Tx, tenantId: string, userId: string): Promise<MemberRow | null> =>
    tx.membership.findUnique({ where: { tenantId_userId: { tenantId, userId } }, include: { user: true } }),
  findByEmail: (tx: Tx, tenantId: string, email: string): Promise<MemberRow | null> =>
    tx.membership.findFirst({ where: { tenantId, user: { email } }, include: { user: true } }),
  countWithRole: (tx: Tx, tenantId: string, role: string): Promise<number> => tx.membership.count({ where: { tenantId, role } }),
  create: (tx: Tx, data: { tenantId: string; userId: string; role: string }): Promise<MemberRow> =>
    tx.membership.create({ data, include: { user: true } }),
  updateRole: (tx: Tx, id: string, role: string): Promise<MemberRow> => tx.membership.update({ where: { id }, data: { role }, include: { user: true } }),
  remove: (tx: Tx, id: string) => tx.membership.delete({ where: { id } }),

  /**
   * Locks the owner rows and returns how many there are. Two transactions demoting or removing owners
   * queue here, and the second one counts after the first committed, so both cannot pass the last-owner rule.
   */
  async lockOwners(tx: Tx, tenantId: string): Promise<number> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM memberships WHERE tenant_id = ${tenantId}::uuid AND role = ${OWNER} FOR UPDATE`;
    return rows.length;
  },
  /** Locks one membership, then reads it (with its user) as the lock left it. */
  async lockMember(tx: Tx, tenantId: string, userId: string): Promise<MemberRow | null> {
    await tx.$queryRaw`SELECT id FROM memberships WHERE tenant_id = ${tenantId}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
    return MemberRepository.find(tx, tenantId, userId);
  },
};
