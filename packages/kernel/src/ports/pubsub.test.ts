// Runs the PubSub contract on the memory adapter always, and on Redis when a server is reachable.
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { describe } from 'vitest';
import { MemoryPubSubAdapter } from '../adapters/memory-pubsub';
import { RedisPubSubAdapter } from '../adapters/redis-pubsub';
import { describePubSubContract } from './pubsub.contract';

describePubSubContract('MemoryPubSubAdapter', (opts) => new MemoryPubSubAdapter(opts));

const redisUrl = await detectRedis('RedisPubSubAdapter suite skipped; memory adapter covered');
const topicPrefix = `${uniqueRunId('pubsub')}:`;

describe.skipIf(!redisUrl)('RedisPubSubAdapter', () => {
  describePubSubContract('RedisPubSubAdapter', (opts) => new RedisPubSubAdapter({ url: redisUrl!, topicPrefix, ...opts }));
});
