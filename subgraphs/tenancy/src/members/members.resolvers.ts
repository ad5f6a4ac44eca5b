// Organisation settings, members, invitations and roles.
import type { Resolvers } from '../generated/resolvers-types';

export const membersResolvers: Resolvers = {};
