// Plans, usage and Kubernetes isolation. `Plan` fields are shaped in members.resolvers.ts (from PlanDefinition).
import { asPayload } from '@nexus/kernel/payload';
import type { Resolvers } from '../generated/resolvers-types';

export const quotasResolvers: Resolvers = {
  Query: {
    plans: (_p, _a, { services }) => [...services.quotas.plans()],
    usage: (_p, { range }, { req, services }) => services.quotas.usage(req, range),
    kubernetesIsolation: (_p, _a, { req, services }) => services.isolation.state(req),
  },
  Mutation: {
    changePlan: (_p, { planId }, { req, services }) => asPayload(async () => ({ organization: await services.quotas.changePlan(req, { planId }) })),
    retryKubernetesProvisioning: (_p, _a, { req, services }) => asPayload(async () => ({ isolation: await services.isolation.retry(req) })),
  },
};
