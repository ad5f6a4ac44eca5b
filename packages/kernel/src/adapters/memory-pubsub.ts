// PubSub port in process: fan-out to local subscribers, for tests, dev and single-instance runs.
import { createLogger } from '../logger';
import type { PubSub } from '../ports/pubsub';
import { decodeValue, encodeValue } from './cache-values';
import { type Subscription, SubscriptionQueue } from './subscription-queue';

export interface MemoryPubSubOptions {
  /** Messages buffered per subscriber before the oldest are dropped. Default 1,000. */
  bufferSize?: number;
}

const log = createLogger('kernel.memory-pubsub');

export class MemoryPubSubAdapter implements PubSub {
  private readonly topics = new Map<string, Set<SubscriptionQueue<unknown>>>();
  private readonly bufferSize: number;

  constructor(opts: MemoryPubSubOptions = {}) {
    this.bufferSize = opts.bufferSize ?? 1_000;
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    // Through JSON like Redis, so a subscriber never shares (or sees Dates that Redis would stringify) with the publisher.
    const json = encodeValue(payload);
    for (const sub of this.topics.get(topic) ?? []) sub.push(decodeValue(json));
  }

  subscribe<T>(topic: string): Subscription<T> {
    const subs = this.topics.get(topic) ?? new Set();
    this.topics.set(topic, subs);
    const queue: SubscriptionQueue<unknown> = new SubscriptionQueue<unknown>(topic, this.bufferSize, log, () => {
      subs.delete(queue);
      if (subs.size === 0) this.topics.delete(topic);
    });
    subs.add(queue);
    return queue as Subscription<T>;
  }

  async close(): Promise<void> {
    const all = [...this.topics.values()].flatMap((s) => [...s]);
    await Promise.all(all.map((q) => q.return()));
  }
}
