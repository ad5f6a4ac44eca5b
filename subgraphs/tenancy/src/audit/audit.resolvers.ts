// The audit log: filtered pages and CSV export.
import type { Resolvers } from '../generated/resolvers-types';

export const auditResolvers: Resolvers = {};
