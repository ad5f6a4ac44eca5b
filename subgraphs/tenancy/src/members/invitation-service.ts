// Invitations: sending, re-sending and withdrawing them; the email goes out after the row is committed.
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { authorize } from '@nexus/kernel/authz/guard';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import type { Mailer } from '../mail/mailer';
import { invitationEmail } from '../mail/invitation-email';
import { InvitationRepository, statusOf, statusWhere, type InvitationRow, type InvitationWithInviter, type TInvitationStatus } from './invitation-repository';
import { MemberRepository } from './member-repository';
import { ZInviteMemberInput } from './member-inputs';
import { assertCanAssign, rolesForAssignment } from './role-assignment';
import { takeSeat } from './seats';
import { invitationLink, newInvitationToken } from './invitation-token';

export interface InvitationResult {
  invitation: InvitationWithInviter;
  /** The link, when nobody was emailed it (no mail server, or delivery failed): the console shows it instead. */
  inviteUrl: string | null;
}

/** What the audit log keeps of an invitation (never the token). */
export const invitationAuditView = (i: InvitationRow) =>
  ({ email: i.email, role: i.role, status: statusOf(i), expiresAt: i.expiresAt, deliveredAt: i.deliveredAt });

interface Issued { invitation: InvitationWithInviter; token: string; organisation: string }

export class InvitationService {
  constructor(private readonly db: Database, private readonly mailer: Mailer, private readonly webUrl: string) {}

  async list(ctx: RequestContext, args: PageArgs & { status?: TInvitationStatus | null }) {
    const tenantId = authorize(ctx, 'members:read');
    const page = decodePage(args, 50);
    const where = statusWhere(args.status, new Date());
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [rows, total] = await Promise.all([InvitationRepository.list(tx, tenantId, where, page), InvitationRepository.count(tx, tenantId, where)]);
      return toConnection(rows, page.skip, total);
    });
  }

  /** One open invitation per address: inviting again refreshes it (new link, role and expiry) instead of adding another. */
  async invite(ctx: RequestContext, input: unknown): Promise<InvitationResult> {
    const tenantId = authorize(ctx, 'members:invite');
    const data = parseInput(ZInviteMemberInput, input);
    const issued = await withTenant(this.db, { tenantId }, async (tx): Promise<Issued> => {
      const customRoles = await rolesForAssignment(tx, tenantId, data.role);
      assertCanAssign(ctx, data.role, customRoles);
      if (await MemberRepository.findByEmail(tx, tenantId, data.email)) {
        throw new DomainError(ErrorCode.CONFLICT, `${data.email} is already a member of this organisation.`, { field: 'email' });
      }
      const tenant = await takeSeat(tx, tenantId, data.email);
      const existing = await InvitationRepository.findOpenByEmail(tx, tenantId, data.email);
      const { token, tokenHash, expiresAt } = newInvitationToken();
      const fields = { role: data.role, tokenHash, expiresAt, invitedById: ctx.userId ?? existing?.invitedById ?? null };
      const invitation = existing
        ? await InvitationRepository.refresh(tx, existing.id, fields)
        : await InvitationRepository.create(tx, { tenantId, email: data.email, ...fields });
      await this.audit(tx, ctx, 'invitation.created', invitation, existing ? invitationAuditView(existing) : undefined);
      return { invitation, token, organisation: tenant.name };
    });
    return this.deliver(issued);
  }

  /** A fresh link and expiry for an open invitation (the old link stops working), mailed again. */
  async resend(ctx: RequestContext, id: string): Promise<InvitationResult> {
    const tenantId = authorize(ctx, 'members:invite');
    const issued = await withTenant(this.db, { tenantId }, async (tx): Promise<Issued> => {
      const before = await this.lockOpen(tx, tenantId, id);
      assertCanAssign(ctx, before.role, await rolesForAssignment(tx, tenantId, before.role));
      const tenant = await takeSeat(tx, tenantId, before.email);
      const { token, tokenHash, expiresAt } = newInvitationToken();
      const invitation = await InvitationRepository.refresh(tx, id, { role: before.role, tokenHash, expiresAt, invitedById: ctx.userId ?? before.invitedById });
      await this.audit(tx, ctx, 'invitation.resent', invitation, invitationAuditView(before));
      return { invitation, token, organisation: tenant.name };
    });
    return this.deliver(issued);
  }

  async revoke(ctx: RequestContext, id: string): Promise<InvitationResult> {
    const tenantId = authorize(ctx, 'members:invite');
    const invitation = await withTenant(this.db, { tenantId }, async (tx) => {
      const found = isUuid(id) ? await InvitationRepository.lock(tx, tenantId, id) : null;
      if (!found) throw notFound();
      if (found.revokedAt) return found;
      if (found.acceptedAt) throw new DomainError(ErrorCode.CONFLICT, 'This invitation was already accepted; remove the member instead.', { field: 'id' });
      const revoked = await InvitationRepository.revoke(tx, id);
      await this.audit(tx, ctx, 'invitation.revoked', revoked, invitationAuditView(found));
      return revoked;
    });
    return { invitation, inviteUrl: null };
  }

  private async lockOpen(tx: Tx, tenantId: string, id: string): Promise<InvitationWithInviter> {
    const found = isUuid(id) ? await InvitationRepository.lock(tx, tenantId, id) : null;
    if (!found) throw notFound();
    if (found.acceptedAt || found.revokedAt) {
      throw new DomainError(ErrorCode.CONFLICT, `This invitation was ${found.acceptedAt ? 'accepted' : 'revoked'}; send a new one instead.`, { field: 'id' });
    }
    return found;
  }

  private audit(tx: Tx, ctx: RequestContext, action: string, after: InvitationWithInviter, before?: unknown) {
    return recordAudit(tx, ctx, { action, source: 'tenancy', targetType: 'invitation', targetId: after.id, targetLabel: after.email, before, after: invitationAuditView(after) });
  }

  /** Runs after the commit: a mail failure is recorded on the invitation and the link is handed back, never lost. */
  private async deliver({ invitation, token, organisation }: Issued): Promise<InvitationResult> {
    const link = invitationLink(this.webUrl, token);
    if (!this.mailer.delivers) return { invitation, inviteUrl: link };
    let outcome: { deliveredAt: Date | null; deliveryError: string | null };
    try {
      const inviter = invitation.invitedBy ? `${invitation.invitedBy.name} (${invitation.invitedBy.email})` : null;
      await this.mailer.send(invitationEmail({ to: invitation.email, organisation, role: invitation.role, inviter, link, expiresAt: invitation.expiresAt }));
      outcome = { deliveredAt: new Date(), deliveryError: null };
    } catch (e) {
      outcome = { deliveredAt: null, deliveryError: (e instanceof Error ? e.message : String(e)).slice(0, 500) };
    }
    const updated = await withTenant(this.db, { tenantId: invitation.tenantId }, (tx) => InvitationRepository.recordDelivery(tx, invitation.id, outcome));
    return { invitation: updated, inviteUrl: outcome.deliveredAt ? null : link };
  }
}

const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No invitation with this id in your organisation.', { field: 'id' });