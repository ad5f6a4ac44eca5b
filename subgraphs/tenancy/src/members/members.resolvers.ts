// Organisation settings, members, invitations and roles; also the Plan shape (quotas' queries return PlanDefinitions).
import { asPayload } from '@nexus/kernel/payload';
import { PERMISSION_CATALOGUE } from '@nexus/kernel/authz/permissions';
import type { Resolvers } from '../generated/resolvers-types';
import { asRefusablePayload } from './refusal-payload';
import type { InvitationWithInviter } from './invitation-repository';
import { mapConnection, planLimits, toInvitation, toInvitationPayload, toMember } from './member-shapes';

export const membersResolvers: Resolvers = {
  Query: {
    organization: (_p, _a, { req, services }) => services.organization.get(req),
    members: async (_p, args, { req, services }) => mapConnection(await services.members.list(req, args), toMember),
    invitations: async (_p, args, { req, services }) => {
      const now = new Date();
      return mapConnection(await services.invitations.list(req, args), (i: InvitationWithInviter) => toInvitation(i, now));
    },
    invitationByToken: async (_p, { token }, { services }) => {
      const preview = await services.acceptance.preview(token);
      return preview && { ...preview, expiresAt: preview.expiresAt.toISOString() };
    },
    roles: (_p, _a, { req, services }) => services.roles.list(req),
    permissionCatalogue: () => PERMISSION_CATALOGUE.map(({ name, feature, description }) => ({ name, feature, description })),
  },
  Mutation: {
    updateOrganization: (_p, { input }, { req, services }) =>
      asPayload(async () => ({ organization: await services.organization.update(req, input) })),
    inviteMember: (_p, { input }, { req, services }) =>
      asRefusablePayload(async () => toInvitationPayload(await services.invitations.invite(req, input))),
    resendInvitation: (_p, { id }, { req, services }) =>
      asRefusablePayload(async () => toInvitationPayload(await services.invitations.resend(req, id))),
    revokeInvitation: (_p, { id }, { req, services }) =>
      asPayload(async () => toInvitationPayload(await services.invitations.revoke(req, id))),
    acceptInvitation: (_p, { token }, { req, services }) =>
      asRefusablePayload(async () => {
        const { tenantId } = await services.acceptance.accept(req, token);
        return services.accounts.switchTenant(req, tenantId);
      }),
    changeMemberRole: (_p, { userId, role }, { req, services }) =>
      asRefusablePayload(async () => ({ member: toMember(await services.members.changeRole(req, userId, role)) })),
    removeMember: (_p, { userId }, { req, services }) =>
      asRefusablePayload(async () => {
        await services.members.remove(req, userId);
        return { member: null };
      }),
    createRole: (_p, { input }, { req, services }) => asRefusablePayload(async () => ({ role: await services.roles.create(req, input) })),
    updateRole: (_p, { name, input }, { req, services }) => asRefusablePayload(async () => ({ role: await services.roles.update(req, name, input) })),
    deleteRole: (_p, { name }, { req, services }) =>
      asPayload(async () => {
        await services.roles.remove(req, name);
        return { role: null };
      }),
  },
  Plan: {
    limits: (plan) => planLimits(plan),
  },
  ApiKey: {
    createdBy: (key, _a, { loaders }) => (key.createdById ? loaders.userById.load(key.createdById) : null),
  },
};
