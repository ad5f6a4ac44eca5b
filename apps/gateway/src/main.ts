// Runs the gateway as its own process: `tsx apps/gateway/src/main.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCache, createPubSub, createRateLimiter } from '@nexus/kernel/adapters/create-adapters';
import { createLogger } from '@nexus/kernel/logger';
import { createGatewayServer } from './create-gateway';
import { loadGatewayEnv } from './env';

const env = loadGatewayEnv();
const logger = createLogger('gateway', { level: env.LOG_LEVEL });
const supergraphSdl = readFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), 'utf8');

const redisUrl = env.REDIS_URL;
const keyed = { capacity: env.RATE_LIMIT_BURST, refillPerSecond: env.RATE_LIMIT_PER_SECOND, redisUrl };
const cache = createCache({ redisUrl, keyPrefix: 'gateway:' });
const pubsub = createPubSub({ redisUrl });
const rateLimiter = {
  perKey: createRateLimiter({ ...keyed, keyPrefix: 'gateway:rl:key:' }),
  perTenant: createRateLimiter({ ...keyed, keyPrefix: 'gateway:rl:tenant:' }),
  anonymous: createRateLimiter({ capacity: env.RATE_LIMIT_ANONYMOUS_BURST, refillPerSecond: env.RATE_LIMIT_ANONYMOUS_PER_SECOND, redisUrl, keyPrefix: 'gateway:rl:anon:' }),
};

const gateway = createGatewayServer({
  supergraphSdl,
  subgraphUrls: env.subgraphUrls,
  contextSecret: env.CONTEXT_SIGNING_SECRET,
  tenancyHttpUrl: env.TENANCY_URL,
  cache,
  pubsub,
  rateLimiter,
  limits: { maxDepth: env.LIMIT_MAX_DEPTH, maxAliases: env.LIMIT_MAX_ALIASES, maxTokens: env.LIMIT_MAX_TOKENS, maxCost: env.LIMIT_MAX_COST },
  graphiql: env.NODE_ENV === 'development',
  logger,
});

const { url } = await gateway.listen(env.PORT, env.HOST);
logger.info({ url }, 'gateway listening');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'gateway shutting down');
  // The Hive runtime traps SIGTERM too; closing here and exiting ourselves makes the exit code ours.
  try {
    await gateway.close();
    await Promise.all([cache.close(), pubsub.close(), ...Object.values(rateLimiter).map((l) => l.close())]);
  } catch (e) {
    logger.error({ err: e }, 'error while shutting down');
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
