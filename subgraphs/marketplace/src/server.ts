// Builds the marketplace subgraph from its dependencies.
import { readFileSync } from 'node:fs';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import type { Logger } from '@nexus/kernel/logger';
import { createBatchLoader } from '@nexus/kernel/batch-loader';
import type { RequestContext } from '@nexus/kernel/context';
import type { Database } from './db';
import { AgentService } from './agents/agent-service';
import { resolvers } from './resolvers';
import type { SubgraphContext } from './context';

/** Built per request, so batching and its memo never outlive one operation. */
export const makeMarketplaceContext = (req: RequestContext, services: SubgraphContext['services']): SubgraphContext => ({
  req,
  services,
  loaders: { agentById: createBatchLoader(async (ids: string[]) => new Map((await services.agents.findMany(req, ids)).map((a) => [a.id, a]))) },
});

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
    makeContext: (req) => makeMarketplaceContext(req, services),
  });
  return { ...server, services };
}
