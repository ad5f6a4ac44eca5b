// Plans, usage and Kubernetes isolation.
import type { Resolvers } from '../generated/resolvers-types';

export const quotasResolvers: Resolvers = {};
