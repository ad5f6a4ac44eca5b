// Custom domains: add, verify, remove, records and certificates.
import { asPayload } from '@nexus/kernel/payload';
import type { Resolvers } from '../generated/resolvers-types';
import { toDomainView } from './domain-view';

export const domainsResolvers: Resolvers = {
  Query: {
    domains: async (_p, _a, { req, services }) => (await services.domains.list(req)).map((row) => toDomainView(row, services.domains.targets)),
    domain: async (_p, { id }, { req, services }) => {
      const row = await services.domains.get(req, id);
      return row ? toDomainView(row, services.domains.targets) : null;
    },
  },
  Mutation: {
    addDomain: (_p, { hostname }, { req, services }) =>
      asPayload(async () => ({ domain: toDomainView(await services.domains.add(req, hostname), services.domains.targets) })),
    verifyDomain: (_p, { id }, { req, services }) =>
      asPayload(async () => ({ domain: toDomainView(await services.domains.verify(req, id), services.domains.targets) })),
    removeDomain: (_p, { id }, { req, services }) =>
      asPayload(async () => {
        await services.domains.remove(req, id);
        return { domain: null };
      }),
  },
};
