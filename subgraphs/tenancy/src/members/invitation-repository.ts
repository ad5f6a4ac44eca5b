// Invitations of one tenant; the token lookup runs on the worker database, before the tenant is known.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';
import type { UserRow } from '../accounts/account-repository';

export interface InvitationRow {
  id: string; tenantId: string; email: string; role: string; tokenHash: string; invitedById: string | null; createdAt: Date;
  expiresAt: Date; acceptedAt: Date | null; acceptedById: string | null; revokedAt: Date | null; deliveredAt: Date | null; deliveryError: string | null;
}
export type InvitationWithInviter = InvitationRow & { invitedBy: UserRow | null };
export type TInvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

/** Open: neither accepted nor revoked (possibly expired). Pending: open and still within its expiry. */
const open = { acceptedAt: null, revokedAt: null } satisfies Prisma.InvitationWhereInput;

export function statusWhere(status: TInvitationStatus | null | undefined, now: Date): Prisma.InvitationWhereInput {
  switch (status) {
    case 'PENDING': return { ...open, expiresAt: { gt: now } };
    case 'EXPIRED': return { ...open, expiresAt: { lte: now } };
    case 'ACCEPTED': return { acceptedAt: { not: null } };
    case 'REVOKED': return { revokedAt: { not: null } };
    default: return {};
  }
}

export function statusOf(i: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): TInvitationStatus {
  if (i.acceptedAt) return 'ACCEPTED';
  if (i.revokedAt) return 'REVOKED';
  return i.expiresAt > now ? 'PENDING' : 'EXPIRED';
}

export const InvitationRepository = {
  list: (tx: Tx, tenantId: string, where: Prisma.InvitationWhereInput, page: { take: number; skip: number }): Promise<InvitationWithInviter[]> =>
    tx.invitation.findMany({ where: { tenantId, ...where }, include: { invitedBy: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.take, skip: page.skip }),
  count: (tx: Tx, tenantId: string, where: Prisma.InvitationWhereInput): Promise<number> => tx.invitation.count({ where: { tenantId, ...where } }),
  find: (tx: Tx, tenantId: string, id: string): Promise<InvitationWithInviter | null> =>
    tx.invitation.findFirst({ where: { id, tenantId }, include: { invitedBy: true } }),
  /** Locks the row first, so two accepts (or accept and revoke) of one invitation take turns. */
  async lock(tx: Tx, tenantId: string, id: string): Promise<InvitationWithInviter | null> {
    await tx.$queryRaw`SELECT id FROM invitations WHERE id = ${id}::uuid AND tenant_id = ${tenantId}::uuid FOR UPDATE`;
    return InvitationRepository.find(tx, tenantId, id);
  },
  findOpenByEmail: (tx: Tx, tenantId: string, email: string): Promise<InvitationRow | null> =>
    tx.invitation.findFirst({ where: { tenantId, email, ...open }, orderBy: { createdAt: 'desc' } }),
  /** Worker database only: the token is all the caller has. */
  findByTokenHash: (tx: Tx, tokenHash: string) =>
    tx.invitation.findUnique({ where: { tokenHash }, include: { tenant: { select: { name: true, slug: true } } } }),
  /** Seats taken by invitations: pending ones, optionally leaving out one email (its invitation is being replaced). */
  countPending: (tx: Tx, tenantId: string, now: Date, exceptEmail?: string): Promise<number> =>
    tx.invitation.count({ where: { tenantId, ...open, expiresAt: { gt: now }, ...(exceptEmail ? { email: { not: exceptEmail } } : {}) } }),
  countOpenWithRole: (tx: Tx, tenantId: string, role: string, now: Date): Promise<number> =>
    tx.invitation.count({ where: { tenantId, role, ...open, expiresAt: { gt: now } } }),
  create: (tx: Tx, data: Pick<InvitationRow, 'tenantId' | 'email' | 'role' | 'tokenHash' | 'invitedById' | 'expiresAt'>): Promise<InvitationWithInviter> =>
    tx.invitation.create({ data, include: { invitedBy: true } }),
  /** A fresh link: new token, expiry and send time; earlier delivery results no longer apply. */
  refresh: (tx: Tx, id: string, data: Pick<InvitationRow, 'role' | 'tokenHash' | 'invitedById' | 'expiresAt'>): Promise<InvitationWithInviter> =>
    tx.invitation.update({ where: { id }, data: { ...data, createdAt: new Date(), deliveredAt: null, deliveryError: null }, include: { invitedBy: true } }),
  recordDelivery: (tx: Tx, id: string, result: { deliveredAt: Date | null; deliveryError: string | null }): Promise<InvitationWithInviter> =>
    tx.invitation.update({ where: { id }, data: result, include: { invitedBy: true } }),
  accept: (tx: Tx, id: string, userId: string): Promise<InvitationWithInviter> =>
    tx.invitation.update({ where: { id }, data: { acceptedAt: new Date(), acceptedById: userId }, include: { invitedBy: true } }),
  revoke: (tx: Tx, id: string): Promise<InvitationWithInviter> =>
    tx.invitation.update({ where: { id }, data: { revokedAt: new Date() }, include: { invitedBy: true } }),
};
