// EventBus port in production: a NATS JetStream stream, one subject per event type, durable pull consumers.
import { type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DomainError, ErrorCode } from '../errors';
import { createLogger } from '../logger';
import type { DomainEvent, EventBus, EventHandler } from '../ports/event-bus';
import { assertEvent, assertName, type RetryOptions, retryDelayMs } from './event-bus-rules';
import { ensureConsumer, ensureStream, supportsMultiFilter } from './nats-setup';

export interface NatsEventBusOptions extends RetryOptions {
  url: string;
  /** JetStream stream name. Default `NEXUS_EVENTS`. */
  stream?: string;
  /** Events go to `<subjectPrefix>.<type>`; the stream holds `<subjectPrefix>.>`. Default `nexus.events`. */
  subjectPrefix?: string;
  /** Window in which a re-published event id is dropped by JetStream. Default 2 min. */
  duplicateWindowSeconds?: number;
  /** How long the stream keeps events for late or lagging consumers. Default 7 days. */
  maxAgeSeconds?: number;
  /** Time a handler has before JetStream redelivers; extended while the handler runs. Default 30 s. */
  ackWaitSeconds?: number;
  /** Messages a consumer pulls ahead of its handler. Default 32. */
  prefetch?: number;
}

const log = createLogger('kernel.nats-event-bus');

export class NatsEventBusAdapter implements EventBus {
  private readonly active = new Map<string, { stop(): Promise<void> }>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly opts: NatsEventBusOptions & { stream: string; subjectPrefix: string },
  ) {}

  /** Connects and creates or updates the stream, so publishing works as soon as this resolves. */
  static async connect(options: NatsEventBusOptions): Promise<NatsEventBusAdapter> {
    const opts = { ...options, stream: options.stream ?? 'NEXUS_EVENTS', subjectPrefix: options.subjectPrefix ?? 'nexus.events' };
    const nc = await connect({ servers: opts.url, name: 'nexus-event-bus' });
    try {
      const jsm = await jetstreamManager(nc);
      await ensureStream(jsm, {
        name: opts.stream,
        subjectPrefix: opts.subjectPrefix,
        duplicateWindowMs: (opts.duplicateWindowSeconds ?? 120) * 1000,
        maxAgeMs: (opts.maxAgeSeconds ?? 7 * 24 * 3600) * 1000,
      });
      return new NatsEventBusAdapter(nc, jetstream(nc), jsm, opts);
    } catch (err) {
      await nc.close();
      throw err;
    }
  }

  async publish(event: DomainEvent): Promise<void> {
    assertEvent(event);
    // msgID makes a retried publish of the same event a no-op within the duplicate window.
    await this.js.publish(this.subject(event.type), JSON.stringify(event), { msgID: event.id });
  }

  async subscribe(consumer: string, types: string[], handler: EventHandler): Promise<{ stop(): Promise<void> }> {
    assertName('consumer', consumer);
    types.forEach((t) => assertName('event type', t));
    if (this.active.has(consumer)) throw new DomainError(ErrorCode.CONFLICT, `Consumer "${consumer}" is already running on this bus.`);
    // Before NATS 2.10 a consumer filters on one subject only; with several types take all and skip the rest here.
    const serverFilters = types.length === 1 || supportsMultiFilter(this.nc.info?.version);
    const subjects = serverFilters ? types.map((t) => this.subject(t)) : [`${this.opts.subjectPrefix}.>`];
    const ackWaitMs = (this.opts.ackWaitSeconds ?? 30) * 1000;
    await ensureConsumer(this.jsm, { stream: this.opts.stream, durable: consumer, subjects, ackWaitMs });
    const messages = await (await this.js.consumers.get(this.opts.stream, consumer)).consume({ max_messages: this.opts.prefetch ?? 32 });
    const wanted = new Set(types);
    const state = { stopping: false };
    const loop = this.consumeLoop(consumer, messages, wanted, handler, ackWaitMs, state);
    const sub = {
      stop: async () => {
        if (this.active.get(consumer) !== sub) return;
        this.active.delete(consumer);
        state.stopping = true;
        await messages.close();
        await loop;
      },
    };
    this.active.set(consumer, sub);
    return sub;
  }

  async close(): Promise<void> {
    await Promise.all([...this.active.values()].map((s) => s.stop()));
    if (!this.nc.isClosed()) await this.nc.drain();
  }

  private subject(type: string): string {
    return `${this.opts.subjectPrefix}.${type}`;
  }

  private async consumeLoop(
    consumer: string,
    messages: ConsumerMessages,
    wanted: Set<string>,
    handler: EventHandler,
    ackWaitMs: number,
    state: { stopping: boolean },
  ): Promise<void> {
    for await (const msg of messages) {
      // Messages pulled ahead of a stop go back at once rather than after ack_wait.
      if (state.stopping) {
        msg.nak();
        continue;
      }
      await this.handle(consumer, msg, wanted, handler, ackWaitMs);
    }
  }

  private async handle(consumer: string, msg: JsMsg, wanted: Set<string>, handler: EventHandler, ackWaitMs: number): Promise<void> {
    let event: DomainEvent;
    try {
      event = msg.json<DomainEvent>();
    } catch {
      log.error({ consumer, subject: msg.subject, seq: msg.seq }, 'event is not JSON; terminating its delivery');
      return msg.term();
    }
    if (!wanted.has(event.type)) return msg.ack();
    // Tell JetStream the handler is still busy so a slow handler is not redelivered to someone else mid-flight.
    const keepAlive = setInterval(() => msg.working(), Math.max(1_000, ackWaitMs / 2));
    try {
      await handler(event);
      msg.ack();
    } catch (err) {
      const attempt = msg.info.deliveryCount;
      msg.nak(retryDelayMs(attempt, this.opts));
      log.warn({ consumer, eventId: event.id, type: event.type, attempt, err: (err as Error).message }, 'event handler failed; will redeliver');
    } finally {
      clearInterval(keepAlive);
    }
  }
}
