// Seats: members plus pending, unexpired invitations, counted against the organisation's plan.
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { assertWithinQuota } from '@nexus/kernel/quota';
import type { Tx } from '../db';
import { planById } from '../quotas/plans';
import { TenantRepository, type TenantRow } from '../tenants/tenant-repository';
import { MemberRepository } from './member-repository';
import { InvitationRepository } from './invitation-repository';

export async function seatsUsed(tx: Tx, tenantId: string, exceptEmail?: string): Promise<number> {
  const [members, pending] = await Promise.all([
    MemberRepository.count(tx, tenantId),
    InvitationRepository.countPending(tx, tenantId, new Date(), exceptEmail),
  ]);
  return members + pending;
}

/**
 * Locks the organisation row, then checks one more seat fits its plan. The limits come from the row itself,
 * not from the caller's context: an invitee accepting acts for no organisation yet, and the lock makes
 * concurrent invites count one after the other. `exceptEmail`: that address's open invitation is being
 * replaced or turned into a membership, so it is not counted twice.
 */
export async function takeSeat(tx: Tx, tenantId: string, exceptEmail?: string): Promise<TenantRow> {
  const tenant = await TenantRepository.lockById(tx, tenantId);
  if (!tenant) throw new DomainError(ErrorCode.NOT_FOUND, 'This organisation no longer exists.');
  assertWithinQuota({ limits: planById(tenant.planId).limits }, 'seats', await seatsUsed(tx, tenantId, exceptEmail));
  return tenant;
}
