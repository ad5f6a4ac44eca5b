// Builds the marketplace subgraph from its dependencies.
import { readFileSync } from 'node:fs';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import type { Logger } from '@nexus/kernel/logger';
import type { Database } from './db';
import { AgentService } from './agents/agent-service';
import { resolvers } from './resolvers';
import type { SubgraphContext } from './context';

export const MARKETPLACE_SDL = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

export interface MarketplaceDeps {
  db: Database;
  contextSecret: string;
  logger: Logger;
}

export async function createMarketplaceSubgraph(deps: MarketplaceDeps) {
  const services = { agents: new AgentService(deps.db) };
  const server = await createSubgraphServer<SubgraphContext>({
    name: 'marketplace',
    typeDefs: MARKETPLACE_SDL,
    resolvers,
    contextSecret: deps.contextSecret,
    logger: deps.logger,
    makeContext: (req) => ({ req, services }),
  });
  return { ...server, services };
}
