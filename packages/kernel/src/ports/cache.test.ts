// Runs the Cache contract on the memory adapter always, and on Redis when a server is reachable.
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { afterAll, describe } from 'vitest';
import { MemoryCacheAdapter } from '../adapters/memory-cache';
import { RedisCacheAdapter } from '../adapters/redis-cache';
import { describeCacheContract } from './cache.contract';

describeCacheContract('MemoryCacheAdapter', () => new MemoryCacheAdapter());

const redisUrl = await detectRedis('RedisCacheAdapter suite skipped; memory adapter covered');
const keyPrefix = `${uniqueRunId('cache')}:`;

describe.skipIf(!redisUrl)('RedisCacheAdapter', () => {
  describeCacheContract(
    'RedisCacheAdapter',
    async () => {
      const cache = new RedisCacheAdapter({ url: redisUrl!, keyPrefix });
      await cache.ready();
      return cache;
    },
    { shared: true },
  );

  afterAll(async () => {
    // Every test namespaces its keys under this run's prefix, so one sweep leaves Redis as it was.
    const sweeper = new RedisCacheAdapter({ url: redisUrl!, keyPrefix });
    await sweeper.deleteByPrefix('');
    await sweeper.close();
  });
});
