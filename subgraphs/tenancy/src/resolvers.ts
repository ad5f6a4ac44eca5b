// Thin resolvers: parse, call a service, shape the payload. Each area keeps its own map; this file merges them.
import { asPayload } from '@nexus/kernel/payload';
import { authorize } from '@nexus/kernel/authz/guard';
import type { Resolvers } from './generated/resolvers-types';
import { activityTopic } from './activity/tenant-activity';
import { membersResolvers } from './members/members.resolvers';
import { asRefusablePayload } from './members/refusal-payload';
import { domainsResolvers } from './domains/domains.resolvers';
import { identityProvidersResolvers } from './auth/oidc/identity-providers.resolvers';
import { quotasResolvers } from './quotas/quotas.resolvers';
import { auditResolvers } from './audit/audit.resolvers';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const core: Resolvers = {
  Query: {
    viewer: async (_p, _a, { req, services }) => {
      const user = req.userId ? await services.accounts.findUser(req.userId) : null;
      const memberships = user ? await services.accounts.memberships(user.id) : [];
      const tenant = req.tenantId ? await services.tenants.find({ id: req.tenantId }) : null;
      return { user, tenant, memberships, roles: req.roles, scopes: req.scopes };
    },
    tenant: (_p, args, { services }) => services.tenants.find(args),
    apiKeys: (_p, args, { req, services }) => services.apiKeys.list(req, args),
  },
  Mutation: {
    signUp: (_p, { input }, { services }) => asPayload(() => services.accounts.signUp(input)),
    signIn: (_p, { input }, { services }) => asPayload(() => services.accounts.signIn(input)),
    switchTenant: (_p, { tenantId }, { req, services }) => asPayload(() => services.accounts.switchTenant(req, tenantId)),
    createTenant: (_p, { input }, { req, services }) =>
      asPayload(async () => {
        const tenant = await services.tenants.create(req, input);
        const { token } = await services.accounts.switchTenant(req, tenant.id);
        return { tenant, token };
      }),
    // A scope beyond the creator's role is a refusal the form shows on `scopes`, not a thrown error.
    createApiKey: (_p, { input }, { req, services }) => asRefusablePayload(() => services.apiKeys.create(req, input)),
    revokeApiKey: (_p, { id }, { req, services }) => asPayload(async () => ({ apiKey: await services.apiKeys.revoke(req, id) })),
  },
  Subscription: {
    tenantActivity: {
      // The feed names keys and members: the same permission as the API keys page it lives on.
      subscribe: (_p, _a, { req, services }) => services.pubsub.subscribe(activityTopic(authorize(req, 'keys:read'))),
    },
  },
  Tenant: {
    __resolveReference: (ref, { loaders }) => loaders.tenantById.load(ref.id),
    createdAt: (t) => t.createdAt.toISOString(),
  },
  ApiKey: {
    createdAt: (k) => k.createdAt.toISOString(),
    lastUsedAt: (k) => iso(k.lastUsedAt),
    expiresAt: (k) => iso(k.expiresAt),
    revokedAt: (k) => iso(k.revokedAt),
  },
};

/** Merges per-area maps type by type; two areas defining the same field is a bug, caught at start-up. */
function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (out[type] ??= {});
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = fn;
      }
    }
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers(core, membersResolvers, domainsResolvers, identityProvidersResolvers, quotasResolvers, auditResolvers);
