// The audit log: filtered pages and CSV export.
import type { Resolvers } from '../generated/resolvers-types';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_p, args, { req, services }) => services.audit.list(req, args),
    auditLogCsv: (_p, { filter }, { req, services }) => services.audit.csv(req, filter),
  },
};
