// Runs the marketplace subgraph as its own process (production layout).
import { createLogger } from '@nexus/kernel/logger';
import { createDatabase } from '@nexus/db/create-database';
import { loadMarketplaceEnv } from './env';
import { createMarketplaceSubgraph } from './server';

const env = loadMarketplaceEnv();
const logger = createLogger('marketplace', { level: env.LOG_LEVEL });
const db = createDatabase({ url: env.DATABASE_URL });
const server = await createMarketplaceSubgraph({ db, contextSecret: env.CONTEXT_SIGNING_SECRET, logger });
await server.listen(env.MARKETPLACE_PORT, env.HOST);

const stop = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
