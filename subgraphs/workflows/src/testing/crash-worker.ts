// A run worker in its own process, for the crash test: the workflows subgraph's worker (no HTTP), with a `crash-step`
// node type that records each start and each completion in files, and can hang on one node until the process is killed.
// Usage: node --import tsx crash-worker.ts '<json config>'; prints "ready" once it takes jobs.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@nexus/kernel/logger';
import { createQueue } from '@nexus/kernel/adapters/create-adapters';
import { FsBlobStoreAdapter } from '@nexus/kernel/adapters/fs-blob-store';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createDatabase } from '@nexus/db/create-database';
import { CRASH_STEP } from './crash-step';
import { createWorkflowsSubgraph } from '../server';

export interface CrashWorkerConfig {
  appUrl: string;
  workerUrl: string;
  redisUrl: string | null;
  queuePrefix: string;
  blobDir: string;
  markDir: string;
  /** Node id whose executor never returns (the process gets killed there). */
  hangNode: string | null;
  leaseMs: number;
  encryptionKey: string;
}

const cfg = JSON.parse(process.argv[2] ?? '{}') as CrashWorkerConfig;
const db = createDatabase({ url: cfg.appUrl, poolSize: 2 });
const workerDb = createDatabase({ url: cfg.workerUrl, poolSize: 4 });
const queue = createQueue({ ...(cfg.redisUrl ? { redisUrl: cfg.redisUrl } : {}), prefix: cfg.queuePrefix, lockDurationMs: cfg.leaseMs, stalledIntervalMs: cfg.leaseMs });
const mark = (nodeId: string, what: 'started' | 'done'): void => appendFileSync(join(cfg.markDir, `${nodeId}.${what}`), `${process.pid}\n`);

const server = await createWorkflowsSubgraph({
  db, workerDb, queue, pubsub: new MemoryPubSubAdapter(), blobs: new FsBlobStoreAdapter(cfg.blobDir),
  encryptionKey: Buffer.from(cfg.encryptionKey, 'base64'), contextSecret: 'crash-test-context-secret-0123456789',
  marketplaceUrl: 'http://127.0.0.1:9', logger: createLogger('crash-worker', { level: 'warn' }),
  worker: { concurrency: 2, leaseMs: cfg.leaseMs, sweepIntervalMs: 200, scheduleIntervalMs: 0 },
  extensions: [{
    register: CRASH_STEP.register,
    executors: () => ({
      'crash-step': async ({ node, input }) => {
        mark(node.id, 'started');
        if (node.id === cfg.hangNode) await new Promise(() => undefined);
        await new Promise((r) => setTimeout(r, 20));
        mark(node.id, 'done');
        return { output: { ...(input as object), [node.id]: process.pid } };
      },
    }),
  }],
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
