// Users and their memberships.
import type { Tx } from '../db';

export interface UserRow { id: string; email: string; name: string; passwordHash: string; createdAt: Date }
/** `role` is OWNER, ADMIN, MEMBER, VIEWER or the lower-case name of a custom role. */
export interface MembershipRow { tenantId: string; role: string; tenant: { id: string; slug: string; name: string; createdAt: Date; planId: string } }

export const AccountRepository = {
  findUserByEmail: (tx: Tx, email: string): Promise<UserRow | null> => tx.user.findUnique({ where: { email } }),
  findUserById: (tx: Tx, id: string): Promise<UserRow | null> => tx.user.findUnique({ where: { id } }),
  findUsersByIds: (tx: Tx, ids: string[]): Promise<UserRow[]> => tx.user.findMany({ where: { id: { in: ids } } }),
  createUser: (tx: Tx, data: { email: string; name: string; passwordHash: string }): Promise<UserRow> => tx.user.create({ data }),
  /** Memberships of one user; RLS shows them through the `app.user_id` rule. */
  membershipsOf: (tx: Tx, userId: string): Promise<MembershipRow[]> =>
    tx.membership.findMany({ where: { userId }, include: { tenant: true }, orderBy: { createdAt: 'asc' } }),
};
