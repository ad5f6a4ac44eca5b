// Runs the workflows subgraph as its own process (production layout): API, run worker, sweeper and schedules.
// Several replicas share the run queue (BullMQ on Redis) and the database; any of them finishes a run another dropped.
import { createLogger } from '@nexus/kernel/logger';
import { blobStoreFromEnv } from '@nexus/kernel/adapters/blob-store-env';
import { createPubSub, createQueue } from '@nexus/kernel/adapters/create-adapters';
import { encryptionKeyFrom } from '@nexus/kernel/crypto/encryption-key';
import { createDatabase } from '@nexus/db/create-database';
import { loadWorkflowsEnv } from './env';
import { createWorkflowsSubgraph } from './server';

const env = loadWorkflowsEnv();
const logger = createLogger('workflows', { level: env.LOG_LEVEL });
const db = createDatabase({ url: env.DATABASE_URL });
const workerDb = createDatabase({ url: env.DATABASE_WORKER_URL, poolSize: 4 });
const pubsub = createPubSub({ redisUrl: env.REDIS_URL, topicPrefix: 'nexus:' });
const queue = createQueue({ redisUrl: env.REDIS_URL, prefix: 'nexus:q' });
const blobs = blobStoreFromEnv(env);
const server = await createWorkflowsSubgraph({
  db, workerDb, pubsub, queue, blobs, encryptionKey: encryptionKeyFrom(env.ENCRYPTION_KEY), contextSecret: env.CONTEXT_SIGNING_SECRET,
  marketplaceUrl: env.MARKETPLACE_URL, tenancyUrl: env.TENANCY_URL, logger, worker: { concurrency: env.WORKFLOW_WORKER_CONCURRENCY },
  allowPrivateNetworks: env.WORKFLOW_HTTP_ALLOW_PRIVATE,
});
await server.listen(env.WORKFLOWS_PORT, env.HOST);

const stop = async () => {
  await server.close();
  await Promise.all([queue.close(), pubsub.close(), blobs.close(), db.close(), workerDb.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
