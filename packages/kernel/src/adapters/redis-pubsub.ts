// PubSub port across processes: Redis PUBLISH/SUBSCRIBE, one shared subscriber connection with per-topic reference counts.
import type { Redis } from 'ioredis';
import { createLogger } from '../logger';
import type { PubSub } from '../ports/pubsub';
import { decodeValue, encodeValue } from './cache-values';
import { closeRedis, connectRedis } from './redis-connection';
import { type Subscription, SubscriptionQueue } from './subscription-queue';

export interface RedisPubSubOptions {
  url: string;
  /** Prepended to every channel, e.g. `nexus:live:` or a per-test-run id. */
  topicPrefix?: string;
  /** Messages buffered per subscriber before the oldest are dropped. Default 1,000. */
  bufferSize?: number;
}

const log = createLogger('kernel.redis-pubsub');

export class RedisPubSubAdapter implements PubSub {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly bufferSize: number;
  private readonly channels = new Map<string, Set<SubscriptionQueue<unknown>>>();
  /** SUBSCRIBEs not yet confirmed; a local publish waits for them so "from now on" holds within the process. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(opts: RedisPubSubOptions) {
    this.prefix = opts.topicPrefix ?? '';
    this.bufferSize = opts.bufferSize ?? 1_000;
    this.pub = connectRedis(opts.url, 'pubsub-publisher', log);
    this.sub = connectRedis(opts.url, 'pubsub-subscriber', log);
    this.sub.on('message', (channel: string, message: string) => {
      const subs = this.channels.get(channel);
      if (!subs) return;
      let payload: unknown;
      try {
        payload = decodeValue(message);
      } catch {
        return log.warn({ channel }, 'dropping a message that is not JSON');
      }
      // Each subscriber gets its own copy, as in the memory adapter.
      for (const q of subs) q.push(subs.size === 1 ? payload : decodeValue(message));
    });
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    const json = encodeValue(payload);
    if (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    await this.pub.publish(this.prefix + topic, json);
  }

  subscribe<T>(topic: string): Subscription<T> {
    const channel = this.prefix + topic;
    let subs = this.channels.get(channel);
    if (!subs) {
      subs = new Set();
      this.channels.set(channel, subs);
      this.track(this.sub.subscribe(channel));
    }
    const set = subs;
    const queue: SubscriptionQueue<unknown> = new SubscriptionQueue<unknown>(topic, this.bufferSize, log, async () => {
      set.delete(queue);
      // Only the last reader of a topic unsubscribes; commands go out in call order, so a quick re-subscribe stays correct.
      if (set.size === 0 && this.channels.get(channel) === set) {
        this.channels.delete(channel);
        await this.track(this.sub.unsubscribe(channel));
      }
    });
    set.add(queue);
    return queue as Subscription<T>;
  }

  async close(): Promise<void> {
    const all = [...this.channels.values()].flatMap((s) => [...s]);
    await Promise.all(all.map((q) => q.return()));
    await Promise.all([closeRedis(this.pub), closeRedis(this.sub)]);
  }

  private track(p: Promise<unknown>): Promise<unknown> {
    const tracked = p.catch((err: Error) => log.warn({ err: err.message }, 'redis subscribe/unsubscribe failed'));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return tracked;
  }
}
