// The async iterator behind a PubSub subscription: a bounded buffer that drops the oldest message when a reader falls behind.
import type { Logger } from '../logger';

export type Subscription<T> = AsyncIterableIterator<T> & { return(): Promise<IteratorResult<T>> };

export class SubscriptionQueue<T> implements Subscription<T> {
  private readonly buffer: T[] = [];
  private readonly waiters: Array<(r: IteratorResult<T>) => void> = [];
  private done = false;
  private dropped = 0;

  constructor(
    private readonly topic: string,
    private readonly capacity: number,
    private readonly log: Logger,
    /** Called once when the reader stops, so the adapter can unsubscribe. */
    private readonly onClose: () => void | Promise<void>,
  ) {}

  push(message: T): void {
    if (this.done) return;
    const waiter = this.waiters.shift();
    if (waiter) return waiter({ value: message, done: false });
    if (this.buffer.length >= this.capacity) {
      this.buffer.shift();
      // Live state is only worth its latest values; warn once per backlog episode, not per message.
      if (this.dropped++ === 0) this.log.warn({ topic: this.topic, capacity: this.capacity }, 'subscriber too slow; dropping oldest messages');
    }
    this.buffer.push(message);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.dropped > 0) {
      this.log.warn({ topic: this.topic, dropped: this.dropped }, 'subscriber caught up');
      this.dropped = 0;
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.buffer.length = 0;
      for (const w of this.waiters.splice(0)) w({ value: undefined, done: true });
      await this.onClose();
    }
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
