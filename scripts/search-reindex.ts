// `npm run search:reindex`: rebuilds the agent search index (Meilisearch when MEILI_HOST is set) from the database.
import { createLogger } from '@nexus/kernel/logger';
import { createCache } from '@nexus/kernel/adapters/create-adapters';
import { createSearchIndex } from '@nexus/kernel/search/create-search-index';
import { createDatabase } from '@nexus/db/create-database';
import { resolveDatabaseUrls } from '@nexus/db/database-urls';
import { AgentSearchService } from '../subgraphs/marketplace/src/search/agent-search-service';
import { loadPlatformEnv } from './env';

const env = loadPlatformEnv();
const logger = createLogger('search-reindex', { level: env.LOG_LEVEL });
const urls = await resolveDatabaseUrls(env.db);
const db = createDatabase({ url: urls.appUrl, poolSize: 2 });
const cache = createCache({ redisUrl: env.REDIS_URL, keyPrefix: `${env.NEXUS_NAMESPACE}:cache:` });
const index = await createSearchIndex({ meiliHost: env.MEILI_HOST, meiliApiKey: env.MEILI_API_KEY, indexUid: `${env.NEXUS_NAMESPACE}-agents` });
try {
  const count = await new AgentSearchService(db, index, cache, logger).rebuild();
  console.log(`search: indexed ${count} public agents into ${env.MEILI_HOST ? `Meilisearch at ${env.MEILI_HOST}` : 'the embedded index (each process also rebuilds its own at start)'}; cached results invalidated.`);
} finally {
  await Promise.all([index.close(), cache.close(), db.close()]);
  await urls.stop();
}
