// Per-tenant external OIDC identity providers.
import { asPayload } from '@nexus/kernel/payload';
import type { IdentityProvider, Resolvers } from '../../generated/resolvers-types';
import { roleMappingOf, type IdentityProviderRow } from './identity-provider-repository';

const toIdentityProvider = (r: IdentityProviderRow): IdentityProvider => ({
  id: r.id,
  issuer: r.issuer,
  audience: r.audience,
  emailClaim: r.emailClaim,
  rolesClaim: r.rolesClaim,
  roleMapping: JSON.stringify(roleMappingOf(r)),
  defaultRole: r.defaultRole,
  enabled: r.enabled,
});

export const identityProvidersResolvers: Resolvers = {
  Query: {
    identityProviders: async (_p, _a, { req, services }) => (await services.identityProviders.list(req)).map(toIdentityProvider),
  },
  Mutation: {
    configureIdentityProvider: (_p, { input }, { req, services }) =>
      asPayload(async () => ({ identityProvider: toIdentityProvider(await services.identityProviders.configure(req, input)) })),
    removeIdentityProvider: (_p, { id }, { req, services }) =>
      asPayload(async () => {
        await services.identityProviders.remove(req, id);
        return { identityProvider: null };
      }),
  },
};
