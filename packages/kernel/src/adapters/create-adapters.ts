// Picks each port's adapter from configuration: Redis/NATS when a URL is given, in-process otherwise (embedded mode).
import type { Cache } from '../ports/cache';
import type { BlobStore } from '../ports/blob-store';
import { FsBlobStoreAdapter } from './fs-blob-store';
import { S3BlobStoreAdapter, type S3BlobStoreOptions } from './s3-blob-store';
import type { EventBus } from '../ports/event-bus';
import type { PubSub } from '../ports/pubsub';
import type { Queue } from '../ports/queue';
import type { RateLimiter, RateLimiterOptions } from '../ports/rate-limiter';
import { BullMqQueueAdapter, type BullMqQueueOptions } from './bullmq-queue';
import type { RetryOptions } from './event-bus-rules';
import { MemoryCacheAdapter } from './memory-cache';
import { MemoryEventBusAdapter } from './memory-event-bus';
import { MemoryPubSubAdapter } from './memory-pubsub';
import { MemoryQueueAdapter } from './memory-queue';
import { MemoryRateLimiterAdapter } from './memory-rate-limiter';
import { NatsEventBusAdapter, type NatsEventBusOptions } from './nats-event-bus';
import { RedisCacheAdapter } from './redis-cache';
import { RedisPubSubAdapter } from './redis-pubsub';
import { RedisRateLimiterAdapter } from './redis-rate-limiter';

export interface CreateCacheOptions {
  redisUrl?: string;
  /** Namespaces Redis keys (ignored in memory, where nothing is shared). */
  keyPrefix?: string;
  maxEntries?: number;
  l1TtlSeconds?: number;
}

export function createCache(o: CreateCacheOptions = {}): Cache {
  if (!o.redisUrl) return new MemoryCacheAdapter({ maxEntries: o.maxEntries });
  return new RedisCacheAdapter({ url: o.redisUrl, keyPrefix: o.keyPrefix, l1MaxEntries: o.maxEntries, l1TtlSeconds: o.l1TtlSeconds });
}

export interface CreatePubSubOptions {
  redisUrl?: string;
  topicPrefix?: string;
  bufferSize?: number;
}

export function createPubSub(o: CreatePubSubOptions = {}): PubSub {
  if (!o.redisUrl) return new MemoryPubSubAdapter({ bufferSize: o.bufferSize });
  return new RedisPubSubAdapter({ url: o.redisUrl, topicPrefix: o.topicPrefix, bufferSize: o.bufferSize });
}

export type CreateEventBusOptions = RetryOptions & Omit<NatsEventBusOptions, 'url'> & { natsUrl?: string };

/** Async because the NATS adapter connects and sets up its stream before it is usable. */
export async function createEventBus(o: CreateEventBusOptions = {}): Promise<EventBus> {
  const { natsUrl, ...rest } = o;
  if (!natsUrl) return new MemoryEventBusAdapter({ retryBaseMs: o.retryBaseMs, retryMaxMs: o.retryMaxMs });
  return NatsEventBusAdapter.connect({ ...rest, url: natsUrl });
}

export type CreateRateLimiterOptions = RateLimiterOptions & { redisUrl?: string; keyPrefix?: string };

export function createRateLimiter(o: CreateRateLimiterOptions): RateLimiter {
  const { redisUrl, ...rest } = o;
  if (!redisUrl) return new MemoryRateLimiterAdapter(rest);
  return new RedisRateLimiterAdapter({ ...rest, url: redisUrl });
}

export interface CreateBlobStoreOptions {
  /** Embedded: content-addressed files here (e.g. `.data/blobs`). */
  dir: string;
  /** Production: any S3-compatible endpoint. */
  s3?: S3BlobStoreOptions;
}

export function createBlobStore(o: CreateBlobStoreOptions): BlobStore {
  return o.s3 ? new S3BlobStoreAdapter(o.s3) : new FsBlobStoreAdapter(o.dir);
}

export type CreateQueueOptions = Omit<BullMqQueueOptions, 'url'> & { redisUrl?: string };

/** Embedded mode keeps jobs in this process (lost on restart); with Redis they are durable and shared (BullMQ). */
export function createQueue(o: CreateQueueOptions = {}): Queue {
  const { redisUrl, ...rest } = o;
  if (!redisUrl) return new MemoryQueueAdapter();
  return new BullMqQueueAdapter({ ...rest, url: redisUrl });
}
