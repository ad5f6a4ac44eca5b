// Runs the marketplace subgraph as its own process (production layout).
import { createLogger } from '@nexus/kernel/logger';
import { blobStoreFromEnv } from '@nexus/kernel/adapters/blob-store-env';
import { createCache, createEventBus } from '@nexus/kernel/adapters/create-adapters';
import { createSearchIndex } from '@nexus/kernel/search/create-search-index';
import { createAgentRuntime } from '@nexus/agent-runtime/run-agent';
import { createDatabase } from '@nexus/db/create-database';
import { loadMarketplaceEnv } from './env';
import { createMarketplaceSubgraph } from './server';
import { DEFAULT_BENCHMARK_POLICY } from './publish/benchmark-step';

const env = loadMarketplaceEnv();
const logger = createLogger('marketplace', { level: env.LOG_LEVEL });
const db = createDatabase({ url: env.DATABASE_URL });
const workerDb = createDatabase({ url: env.DATABASE_WORKER_URL, poolSize: 2 });
const cache = createCache({ redisUrl: env.REDIS_URL, keyPrefix: 'nexus:cache:' });
const eventBus = await createEventBus({ natsUrl: env.NATS_URL });
const blobs = blobStoreFromEnv(env);
const searchIndex = await createSearchIndex({ meiliHost: env.MEILI_HOST, meiliApiKey: env.MEILI_API_KEY });
const runtime = createAgentRuntime();
const server = await createMarketplaceSubgraph({
  db, workerDb, blobs, cache, eventBus, searchIndex, runtime, contextSecret: env.CONTEXT_SIGNING_SECRET, logger,
  platformAdminScope: env.PLATFORM_ADMIN_TENANT ?? null, advisoriesFile: env.ADVISORIES_FILE,
  benchmarkPolicy: { ...DEFAULT_BENCHMARK_POLICY, minScore: env.PUBLISH_MIN_BENCHMARK_SCORE },
});
await server.listen(env.MARKETPLACE_PORT, env.HOST);

const stop = async () => {
  await server.close();
  runtime.dispose();
  await Promise.all([cache.close(), eventBus.close(), blobs.close(), searchIndex.close(), db.close(), workerDb.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
