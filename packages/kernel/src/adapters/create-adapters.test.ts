// The factory picks the shared-server adapter exactly when a URL is configured.
import { detectNats, detectRedis, uniqueRunId } from '@nexus/testing/services';
import { describe, expect, it } from 'vitest';
import { createCache, createEventBus, createPubSub, createRateLimiter } from './create-adapters';
import { MemoryCacheAdapter } from './memory-cache';
import { MemoryEventBusAdapter } from './memory-event-bus';
import { MemoryPubSubAdapter } from './memory-pubsub';
import { MemoryRateLimiterAdapter } from './memory-rate-limiter';
import { NatsEventBusAdapter } from './nats-event-bus';
import { RedisCacheAdapter } from './redis-cache';
import { RedisPubSubAdapter } from './redis-pubsub';
import { RedisRateLimiterAdapter } from './redis-rate-limiter';

describe('create-adapters without URLs (embedded mode)', () => {
  it('gives in-process adapters', async () => {
    const adapters = [createCache(), createPubSub(), await createEventBus(), createRateLimiter({ capacity: 1, refillPerSecond: 1 })];
    expect(adapters.map((a) => a.constructor)).toEqual([MemoryCacheAdapter, MemoryPubSubAdapter, MemoryEventBusAdapter, MemoryRateLimiterAdapter]);
    await Promise.all(adapters.map((a) => a.close()));
  });
});

const redisUrl = await detectRedis('Redis factory check skipped');
const natsUrl = await detectNats('NATS factory check skipped');

describe.skipIf(!redisUrl)('create-adapters with a Redis URL', () => {
  it('gives Redis adapters that work', async () => {
    const keyPrefix = `${uniqueRunId('factory')}:`;
    const cache = createCache({ redisUrl: redisUrl!, keyPrefix });
    const pubsub = createPubSub({ redisUrl: redisUrl!, topicPrefix: keyPrefix });
    const limiter = createRateLimiter({ redisUrl: redisUrl!, keyPrefix, capacity: 1, refillPerSecond: 1 });
    expect([cache, pubsub, limiter].map((a) => a.constructor)).toEqual([RedisCacheAdapter, RedisPubSubAdapter, RedisRateLimiterAdapter]);
    await cache.set('k', 1, 5);
    expect(await cache.get('k')).toBe(1);
    await cache.delete('k');
    expect((await limiter.take('k')).allowed).toBe(true);
    await Promise.all([cache.close(), pubsub.close(), limiter.close()]);
  });
});

describe.skipIf(!natsUrl)('create-adapters with a NATS URL', () => {
  it('gives the JetStream event bus on the configured stream', async () => {
    const run = uniqueRunId('factory');
    const bus = await createEventBus({ natsUrl: natsUrl!, stream: `TEST_${run}`, subjectPrefix: `test.${run}` });
    expect(bus).toBeInstanceOf(NatsEventBusAdapter);
    const { jetstreamManager } = await import('@nats-io/jetstream');
    const { connect } = await import('@nats-io/transport-node');
    const nc = await connect({ servers: natsUrl! });
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(`TEST_${run}`)).config.subjects).toEqual([`test.${run}.>`]);
    await jsm.streams.delete(`TEST_${run}`);
    await Promise.all([bus.close(), nc.close()]);
  });
});
