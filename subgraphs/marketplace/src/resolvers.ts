// Thin resolvers for the catalogue; Agent.publisher hands a Tenant reference to the tenancy subgraph.
import { GraphQLError } from 'graphql';
import { isDomainError } from '@nexus/kernel/errors';
import type { Resolvers } from './generated/resolvers-types';

/** Queries have no payload type: bad arguments become errors with the domain code and field. */
async function query<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isDomainError(e)) throw new GraphQLError(e.message, { extensions: { code: e.code, field: e.field }, originalError: e });
    throw e;
  }
}

export const resolvers: Resolvers = {
  Query: {
    agents: (_p, args, { req, services }) => query(() => services.agents.list(req, args)),
    agent: (_p, args, { req, services }) => query(() => services.agents.find(req, args)),
  },
  Agent: {
    __resolveReference: (ref, { loaders }) => loaders.agentById.load(ref.id),
    rating: (a) => a.ratingAvg,
    createdAt: (a) => a.createdAt.toISOString(),
    updatedAt: (a) => a.updatedAt.toISOString(),
    publisher: (a) => ({ id: a.tenantId }),
  },
  Tenant: {
    __resolveReference: (ref) => ({ id: ref.id }),
    agents: (tenant, args, { req, services }) => query(() => services.agents.byPublisher(req, tenant.id, args)),
  },
};
