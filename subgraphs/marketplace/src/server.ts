// Builds the marketplace subgraph from its dependencies: services, consumers, and the Apollo server.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createSubgraphServer } from '@nexus/kernel/server/create-subgraph-server';
import { createBatchLoader } from '@nexus/kernel/batch-loader';
import type { RequestContext } from '@nexus/kernel/context';
import type { Logger } from '@nexus/kernel/logger';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import type { AgentSearchDoc, SearchIndex } from '@nexus/kernel/ports/search-index';
import type { AgentRuntime } from '@nexus/agent-runtime/agent-invocation-types';
import { withTenant, type Database } from './db';
import { AgentService } from './agents/agent-service';
import { VersionService } from './versions/version-service';
import { DependencyService } from './versions/dependency-service';
import { RatingService } from './ratings/rating-service';
import { ReviewQueueService } from './moderation/review-queue-service';
import { PublisherPolicyService } from './moderation/publisher-policy-service';
import { PublishService } from './publish/publish-service';
import { loadAdvisories, type TOsvAdvisory } from './publish/osv-advisories';
import type { BenchmarkPolicy } from './publish/benchmark-step';
import { AgentSearchService } from './search/agent-search-service';
import { AgentExecutor } from './execution/agent-executor';
import { InvokeService } from './execution/invoke-service';
import { registerInternalInvokeRoute } from './execution/internal-invoke-route';
import { InstallService } from './install/install-service';
import { PublisherRepository } from './publishers/publisher-repository';
import { startPublisherConsumer } from './publishers/publisher-consumer';
import { resolvers } from './resolvers';
import type { MarketplaceServices, SubgraphContext } from './context';

export const MARKETPLACE_SDL = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
export const DEFAULT_ADVISORIES_FILE = new URL('../data/advisories.osv.json', import.meta.url).pathname;

export interface MarketplaceDeps {
  db: Database;
  /** BYPASSRLS connection for moderation and usage counters, which cross tenants. */
  workerDb: Database;
  blobs: BlobStore;
  cache: Cache;
  eventBus: EventBus;
  searchIndex: SearchIndex<AgentSearchDoc>;
  runtime: AgentRuntime;
  contextSecret: string;
  logger: Logger;
  /** Slug of the operator's organisation; only its members holding `agents:review` moderate the review queue. */
  platformAdminScope: string | null;
  advisoriesFile?: string;
  benchmarkPolicy?: BenchmarkPolicy;
}

/** Built per request, so batching and its memo never outlive one operation. */
export const makeMarketplaceContext = (req: RequestContext, services: MarketplaceServices, db: Database): SubgraphContext => ({
  req,
  services,
  loaders: {
    agentById: createBatchLoader(async (ids: string[]) => new Map((await services.agents.findMany(req, ids)).map((a) => [a.id, a]))),
    publisherByTenant: createBatchLoader(async (ids: string[]) =>
      new Map((await withTenant(db, { tenantId: null }, (tx) => PublisherRepository.byTenants(tx, ids))).map((p) => [p.tenantId, p]))),
  },
});

/** Re-reads the advisory file when it changed on disk, so operators refresh it without a restart. */
function advisorySource(path: string) {
  let loaded: { mtimeMs: number; advisories: TOsvAdvisory[] } | null = null;
  return async () => {
    const { mtimeMs } = await stat(path);
    if (!loaded || loaded.mtimeMs !== mtimeMs) loaded = { mtimeMs, advisories: await loadAdvisories(path) };
    return loaded.advisories;
  };
}

export function createMarketplaceServices(deps: MarketplaceDeps): MarketplaceServices {
  const search = new AgentSearchService(deps.db, deps.searchIndex, deps.cache, deps.logger);
  // Awaited, so a client that just published or rated sees it in its next search; a failure only logs.
  const changed = (agentId: string) => search.refresh(agentId).catch((err) => deps.logger.error({ err, agentId }, 'search refresh failed'));
  const executor = new AgentExecutor(deps.db, deps.blobs, deps.runtime);
  const versions = new VersionService(deps.db, changed);
  const reviewQueue = new ReviewQueueService(deps.db, deps.workerDb, deps.platformAdminScope, changed);
  // A verification change alters every agent of the publisher in search (the verified filter and badge).
  const publisherChanged = async (tenantId: string) => {
    const ids = await withTenant(deps.db, { tenantId: null }, (tx) => tx.agent.findMany({ where: { tenantId, visibility: 'PUBLIC' }, select: { id: true } }));
    for (const { id } of ids) await changed(id);
  };
  return {
    agents: new AgentService(deps.db),
    versions,
    dependencies: new DependencyService(deps.db, versions),
    ratings: new RatingService(deps.db, deps.workerDb, changed),
    reviewQueue,
    publishers: new PublisherPolicyService(deps.db, deps.workerDb, reviewQueue, publisherChanged),
    publish: new PublishService(deps.db, deps.blobs, executor, { advisories: advisorySource(deps.advisoriesFile ?? DEFAULT_ADVISORIES_FILE), benchmark: deps.benchmarkPolicy }, changed),
    search,
    invoke: new InvokeService(deps.workerDb, executor),
    install: new InstallService(deps.workerDb, deps.blobs, executor),
  };
}

export async function createMarketplaceSubgraph(deps: MarketplaceDeps) {
  const services = createMarketplaceServices(deps);
  const consumers = [
    await startPublisherConsumer(deps.eventBus, deps.db),
    await deps.eventBus.subscribe('marketplace-search', ['AgentVersionPublished'], async (event) => {
      await services.search.refresh((event.payload as { agentId: string }).agentId);
    }),
  ];
  await services.search.rebuild();
  const server = await createSubgraphServer<SubgraphContext>({
    name: 'marketplace',
    typeDefs: MARKETPLACE_SDL,
    resolvers,
    contextSecret: deps.contextSecret,
    logger: deps.logger,
    makeContext: (req) => makeMarketplaceContext(req, services, deps.db),
    // A 10 MB package is about 13.4 MB of base64 inside the JSON body.
    bodyLimit: '15mb',
    configure: (app) => registerInternalInvokeRoute(app, { contextSecret: deps.contextSecret, invoke: services.invoke, logger: deps.logger }),
  });
  return {
    ...server,
    services,
    close: async () => {
      for (const c of consumers) await c.stop();
      await server.close();
    },
  };
}
