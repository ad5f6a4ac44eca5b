// The invitee's side: what a link offers (public), and joining through it.
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { requireUser, type RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { recordAudit } from '@nexus/db/audit';
import { withSystem } from '@nexus/db/tenant-client';
import { enqueueEvent, withTenant, type Database } from '../db';
import { publishAccessChanged } from '../access/access-changed';
import { AccountRepository } from '../accounts/account-repository';
import { InvitationRepository, statusOf, type TInvitationStatus } from './invitation-repository';
import { MemberRepository } from './member-repository';
import { RoleRepository } from './role-repository';
import { isBuiltInRole } from './role-names';
import { takeSeat } from './seats';
import { hashInvitationToken } from './invitation-token';
import { invitationAuditView } from './invitation-service';
import { ZInvitationToken } from './member-inputs';

export interface InvitationPreview { tenantName: string; tenantSlug: string; email: string; role: string; status: TInvitationStatus; expiresAt: Date }

const badLink = () => new DomainError(ErrorCode.NOT_FOUND, 'This invitation link is not valid: check it was copied whole, or ask for a new one.', { field: 'token' });

const CLOSED: Record<Exclude<TInvitationStatus, 'PENDING'>, string> = {
  ACCEPTED: 'This invitation has already been used.',
  REVOKED: 'This invitation was withdrawn; ask the organisation for a new one.',
  EXPIRED: 'This invitation has expired; ask the organisation to send it again.',
};

export class InvitationAcceptance {
  constructor(private readonly db: Database, private readonly workerDb: Database, private readonly pubsub: PubSub) {}

  /** Before sign-in nobody knows the tenant: the token is looked up on the worker database. */
  private async findByToken(token: unknown) {
    const parsed = ZInvitationToken.safeParse(token);
    if (!parsed.success) return null;
    return withSystem(this.workerDb, (tx) => InvitationRepository.findByTokenHash(tx, hashInvitationToken(parsed.data)));
  }

  async preview(token: string): Promise<InvitationPreview | null> {
    const found = await this.findByToken(token);
    if (!found) return null;
    return { tenantName: found.tenant.name, tenantSlug: found.tenant.slug, email: found.email, role: found.role, status: statusOf(found), expiresAt: found.expiresAt };
  }

  /** Joins the signed-in user to the invitation's organisation with its role; returns that organisation's id. */
  async accept(ctx: RequestContext, token: string): Promise<{ tenantId: string }> {
    const userId = requireUser(ctx);
    const found = await this.findByToken(token);
    if (!found) throw badLink();
    const tenantId = found.tenantId;
    await withTenant(this.db, { tenantId, userId }, async (tx) => {
      const invitation = await InvitationRepository.lock(tx, tenantId, found.id);
      if (!invitation) throw badLink();
      const status = statusOf(invitation);
      if (status !== 'PENDING') throw new DomainError(ErrorCode.CONFLICT, CLOSED[status], { field: 'token' });
      const user = await AccountRepository.findUserById(tx, userId);
      if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This token belongs to a user that no longer exists.');
      if (user.email !== invitation.email.toLowerCase()) {
        // The invited address is not repeated: whoever holds a stray link learns nothing new from trying it.
        throw new DomainError(ErrorCode.FORBIDDEN, `This invitation was sent to another email address; you are signed in as ${user.email}. Sign in with the invited address.`, { field: 'email' });
      }
      if (await MemberRepository.find(tx, tenantId, userId)) {
        throw new DomainError(ErrorCode.CONFLICT, 'You are already a member of this organisation.', { field: 'token' });
      }
      // Share-locks a custom role so it cannot be deleted while it is being given.
      if (!isBuiltInRole(invitation.role) && !(await RoleRepository.lockShared(tx, tenantId, invitation.role))) {
        throw new DomainError(ErrorCode.CONFLICT, `The role this invitation offers (${invitation.role}) no longer exists; ask for a new invitation.`, { field: 'token' });
      }
      // The invitation already holds a seat; it becomes the membership, so it is not counted on top.
      await takeSeat(tx, tenantId, invitation.email);
      await MemberRepository.create(tx, { tenantId, userId, role: invitation.role });
      const accepted = await InvitationRepository.accept(tx, invitation.id, userId);
      await recordAudit(tx, ctx, {
        tenantId, action: 'invitation.accepted', source: 'tenancy', targetType: 'invitation', targetId: invitation.id, targetLabel: invitation.email,
        before: invitationAuditView(invitation), after: invitationAuditView(accepted),
      });
      await enqueueEvent(tx, { type: 'MemberJoined', tenantId, payload: { tenantId, userId, role: invitation.role } });
    });
    await publishAccessChanged(this.pubsub, { tenantId, userId });
    return { tenantId };
  }
}
