// Per-tenant external OIDC identity providers.
import type { Resolvers } from '../../generated/resolvers-types';

export const identityProvidersResolvers: Resolvers = {};
