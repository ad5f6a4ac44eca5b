// Rows → GraphQL shapes for members, invitations and plans (dates as ISO 8601).
import type { PlanDefinition } from '../quotas/plans';
import type { MemberRow } from './member-repository';
import { statusOf, type InvitationWithInviter } from './invitation-repository';
import type { InvitationResult } from './invitation-service';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toMember = (m: MemberRow) => ({ user: m.user, role: m.role, joinedAt: m.createdAt.toISOString() });

export const toInvitation = (i: InvitationWithInviter, now = new Date()) => ({
  id: i.id, email: i.email, role: i.role, status: statusOf(i, now), invitedBy: i.invitedBy,
  createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString(), deliveredAt: iso(i.deliveredAt), deliveryError: i.deliveryError,
});

export const toInvitationPayload = (r: InvitationResult) => ({ invitation: toInvitation(r.invitation), inviteUrl: r.inviteUrl });

/** A connection whose nodes are shaped on the way out. */
export function mapConnection<A, B, C extends { edges: { cursor: string; node: A }[] }>(c: C, shape: (a: A) => B): Omit<C, 'edges'> & { edges: { cursor: string; node: B }[] } {
  return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: shape(e.node) })) };
}

/** PlanLimits as the schema has them: the plan's limits plus its Kubernetes quota. */
export const planLimits = (plan: PlanDefinition) => ({ ...plan.limits, ...plan.kubernetes });
