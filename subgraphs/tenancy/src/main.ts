// Runs the tenancy subgraph as its own process (production layout).
import { join } from 'node:path';
import { createLogger } from '@nexus/kernel/logger';
import { createEventBus, createPubSub } from '@nexus/kernel/adapters/create-adapters';
import { createDatabase } from '@nexus/db/create-database';
import { loadTenancyEnv } from './env';
import { tenancyConfigFromEnv } from './config';
import { openSigningKeys } from './auth/key-ring/signing-keys';
import { createTenancySubgraph } from './server';

const env = loadTenancyEnv();
const logger = createLogger('tenancy', { level: env.LOG_LEVEL });
const db = createDatabase({ url: env.DATABASE_URL });
const workerDb = createDatabase({ url: env.DATABASE_WORKER_URL, poolSize: 2 });
const pubsub = createPubSub({ redisUrl: env.REDIS_URL });
const eventBus = await createEventBus({ natsUrl: env.NATS_URL });
const config = tenancyConfigFromEnv(env);
const keys = await openSigningKeys({
  workerDb, pubsub, encryptionKey: config.encryptionKey, rotationDays: config.jwtRotationDays, logger,
  legacy: { privateJwk: env.JWT_PRIVATE_JWK, keyFile: join(env.DATA_DIR, 'keys/jwt-ed25519.json') },
});
const server = await createTenancySubgraph({ db, workerDb, config, pubsub, eventBus, keys, contextSecret: env.CONTEXT_SIGNING_SECRET, logger });
await server.listen(env.TENANCY_PORT, env.HOST);

const stop = async () => {
  await server.close();
  await keys.close();
  await Promise.all([pubsub.close(), eventBus.close(), db.close(), workerDb.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
