// EventBus port in process: durable-within-this-process consumer queues with retry and backoff.
// Durability ends with the process: events published before a restart are gone. Use the NATS adapter when that matters.
import { DomainError, ErrorCode } from '../errors';
import { createLogger } from '../logger';
import type { DomainEvent, EventBus, EventHandler } from '../ports/event-bus';
import { decodeValue, encodeValue } from './cache-values';
import { assertEvent, assertName, type RetryOptions, retryDelayMs } from './event-bus-rules';

export interface MemoryEventBusOptions extends RetryOptions {
  /** Events kept for consumers that register later, and the most a stopped consumer may fall behind. Default 10,000. */
  maxRetainedEvents?: number;
}

interface Delivery {
  json: string;
  attempts: number;
  notBefore: number;
}

interface ConsumerState {
  types: Set<string>;
  queue: Delivery[];
  handler: EventHandler | null;
  loop: Promise<void> | null;
  wake: () => void;
}

const log = createLogger('kernel.memory-event-bus');

export class MemoryEventBusAdapter implements EventBus {
  private readonly retained: Array<{ id: string; type: string; json: string }> = [];
  private readonly ids = new Set<string>();
  private readonly consumers = new Map<string, ConsumerState>();
  private readonly max: number;

  constructor(private readonly opts: MemoryEventBusOptions = {}) {
    this.max = opts.maxRetainedEvents ?? 10_000;
  }

  async publish(event: DomainEvent): Promise<void> {
    assertEvent(event);
    // Same id twice is one event, as with JetStream's msgID dedup.
    if (this.ids.has(event.id)) return;
    const json = encodeValue(event);
    this.retained.push({ id: event.id, type: event.type, json });
    this.ids.add(event.id);
    if (this.retained.length > this.max) this.ids.delete(this.retained.shift()!.id);
    for (const [name, state] of this.consumers) {
      if (state.types.has(event.type)) this.enqueue(name, state, json);
    }
  }

  async subscribe(consumer: string, types: string[], handler: EventHandler): Promise<{ stop(): Promise<void> }> {
    assertName('consumer', consumer);
    types.forEach((t) => assertName('event type', t));
    let state = this.consumers.get(consumer);
    if (state?.handler) throw new DomainError(ErrorCode.CONFLICT, `Consumer "${consumer}" is already running on this bus.`);
    if (!state) {
      // A new durable consumer starts from the oldest retained event, like a JetStream consumer with deliver-all.
      const queue = this.retained.filter((e) => types.includes(e.type)).map((e) => ({ json: e.json, attempts: 0, notBefore: 0 }));
      state = { types: new Set(types), queue, handler: null, loop: null, wake: () => {} };
      this.consumers.set(consumer, state);
    }
    const s = state;
    s.types = new Set(types);
    s.handler = handler;
    s.loop = this.run(consumer, s, handler);
    return { stop: () => this.stopConsumer(s) };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((s) => this.stopConsumer(s)));
    this.consumers.clear();
  }

  private enqueue(name: string, state: ConsumerState, json: string): void {
    state.queue.push({ json, attempts: 0, notBefore: 0 });
    if (state.queue.length > this.max) {
      state.queue.shift();
      log.warn({ consumer: name, max: this.max }, 'consumer too far behind; dropped its oldest event');
    }
    state.wake();
  }

  private async stopConsumer(state: ConsumerState): Promise<void> {
    state.handler = null;
    state.wake();
    await state.loop;
  }

  /** One delivery at a time, oldest ready event first; a failed event waits its backoff while later ones proceed (as NATS nak-with-delay). */
  private async run(name: string, state: ConsumerState, handler: EventHandler): Promise<void> {
    while (state.handler === handler) {
      const now = Date.now();
      const next = state.queue.find((d) => d.notBefore <= now);
      if (!next) {
        const soonest = state.queue.reduce((min, d) => Math.min(min, d.notBefore), Infinity);
        await this.sleep(state, Number.isFinite(soonest) ? soonest - now : null);
        continue;
      }
      try {
        await handler(decodeValue<DomainEvent>(next.json)!);
        state.queue.splice(state.queue.indexOf(next), 1);
      } catch (err) {
        next.attempts++;
        next.notBefore = Date.now() + retryDelayMs(next.attempts, this.opts);
        log.warn({ consumer: name, attempts: next.attempts, err: (err as Error).message }, 'event handler failed; will redeliver');
      }
    }
  }

  private sleep(state: ConsumerState, ms: number | null): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === null ? null : setTimeout(resolve, ms);
      // Pending retries alone should not keep the process alive.
      timer?.unref();
      state.wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    });
  }
}
