// Custom domains: add, verify, remove, records and certificates.
import type { Resolvers } from '../generated/resolvers-types';

export const domainsResolvers: Resolvers = {};
