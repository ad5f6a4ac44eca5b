// The marketplace subgraph's resolver map, assembled from its areas.
import type { Resolvers } from './generated/resolvers-types';
import { Agent, AgentReview, AgentVersion } from './graphql/agent-resolvers';
import { Mutation, Query } from './graphql/root-resolvers';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Agent,
  AgentVersion,
  AgentReview,
  Publisher: { organisation: (p) => ({ id: p.tenantId }) },
  Tenant: {
    __resolveReference: (ref) => ({ id: ref.id }),
    agents: (tenant, args, { req, services }) => services.agents.byPublisher(req, tenant.id, args),
  },
};
