// Runs the gateway as its own process: `tsx apps/gateway/src/main.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCache, createPubSub, createRateLimiter } from '@nexus/kernel/adapters/create-adapters';
import { createLogger } from '@nexus/kernel/logger';
import { createGatewayServer } from './create-gateway';
import { createTlsServer } from './tls/tls-server';
import { AccessResolver } from './access/access-resolver';
import { apiKeyFailureLimits } from './auth/api-key-failure-guard';
import { loadGatewayEnv } from './env';
import { startPlanGuard } from './usage/plan-guard';

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
  apiKeyFailures: createRateLimiter({ ...apiKeyFailureLimits(), redisUrl, keyPrefix: 'gateway:rl:apikey-fail:' }),
};
const access = new AccessResolver({ tenancyHttpUrl: env.TENANCY_URL, contextSecret: env.CONTEXT_SIGNING_SECRET, cache, pubsub, logger });
// Per-tenant plan limit (apiRequestsPerMinute) and request metering for tenancy's usage charts.
const planGuard = startPlanGuard({ tenancyHttpUrl: env.TENANCY_URL, contextSecret: env.CONTEXT_SIGNING_SECRET, redisUrl, keyPrefix: 'gateway:rl:plan:', logger });

const gateway = createGatewayServer({
  supergraphSdl,
  subgraphUrls: env.subgraphUrls,
  contextSecret: env.CONTEXT_SIGNING_SECRET,
  tenancyHttpUrl: env.TENANCY_URL,
  resolveAccess: access.resolve,
  planGuard,
  cache,
  pubsub,
  rateLimiter,
  limits: { maxDepth: env.LIMIT_MAX_DEPTH, maxAliases: env.LIMIT_MAX_ALIASES, maxTokens: env.LIMIT_MAX_TOKENS, maxCost: env.LIMIT_MAX_COST },
  graphiql: env.NODE_ENV === 'development',
  logger,
  baseDomain: env.BASE_DOMAIN ?? null,
});

const { url } = await gateway.listen(env.PORT, env.HOST);
logger.info({ url }, 'gateway listening');
const tls = env.GATEWAY_TLS_PORT === undefined ? null : await createTlsServer({ handler: gateway.handler, websockets: gateway.attachWebSockets, tenancyHttpUrl: env.TENANCY_URL, contextSecret: env.CONTEXT_SIGNING_SECRET, pubsub, logger });
if (tls) logger.info({ url: (await tls.listen(env.GATEWAY_TLS_PORT!, env.HOST)).url }, 'gateway TLS (custom domains) listening');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'gateway shutting down');
  // The Hive runtime traps SIGTERM too; closing here and exiting ourselves makes the exit code ours.
  try {
    await tls?.close();
    await gateway.close();
    await access.close();
    await planGuard.close();
    await Promise.all([cache.close(), pubsub.close(), ...Object.values(rateLimiter).map((l) => l.close())]);
  } catch (e) {
    logger.error({ err: e }, 'error while shutting down');
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
