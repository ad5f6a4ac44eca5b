// EventBus port in production: a NATS JetStream stream, one subject per event type, durable pull consumers.
import { type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DomainError, ErrorCode } from '../errors';
import { createLogger } from '../logger';
import type { DomainEvent, EventBus, EventHandler } from '../ports/event-bus';
import { assertEvent, assertName, type RetryOptions, retryDelayMs } from './event-bus-rules';
import { ensureConsumer, ensureStream, type StreamSettings, supportsMultiFilter } from './nats-setup';

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
const RESTART_DELAY_MS = 1_000;

function streamSettings(o: NatsEventBusOptions & { stream: string; subjectPrefix: string }): StreamSettings {
  return {
    name: o.stream,
    subjectPrefix: o.subjectPrefix,
    duplicateWindowMs: (o.duplicateWindowSeconds ?? 120) * 1000,
    maxAgeMs: (o.maxAgeSeconds ?? 7 * 24 * 3600) * 1000,
  };
}

interface LoopState {
  stopping: boolean;
  messages: ConsumerMessages;
  openPull: (restart?: boolean) => Promise<ConsumerMessages>;
}

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
      await ensureStream(jsm, streamSettings(opts));
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
    // Also used to start over: ensureConsumer recreates the durable if someone deleted it.
    const openPull = async (restart = false) => {
      if (restart) await ensureStream(this.jsm, this.streamSettings);
      await ensureConsumer(this.jsm, { stream: this.opts.stream, durable: consumer, subjects, ackWaitMs });
      const c = await this.js.consumers.get(this.opts.stream, consumer);
      const messages = await c.consume({ max_messages: this.opts.prefetch ?? 32 });
      void this.endWhenGone(consumer, messages);
      return messages;
    };
    const state: LoopState = { stopping: false, messages: await openPull(), openPull };
    const loop = this.consumeUntilStopped(consumer, state, new Set(types), handler, ackWaitMs);
    const sub = {
      stop: async () => {
        if (this.active.get(consumer) !== sub) return;
        this.active.delete(consumer);
        state.stopping = true;
        await state.messages.close();
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

  private get streamSettings(): StreamSettings {
    return streamSettings(this.opts);
  }

  private subject(type: string): string {
    return `${this.opts.subjectPrefix}.${type}`;
  }

  /** The client keeps pulling from a deleted consumer or stream forever; ending the pull lets the loop recreate them. */
  private async endWhenGone(consumer: string, messages: ConsumerMessages): Promise<void> {
    for await (const s of messages.status()) {
      if (s.type === 'consumer_deleted' || s.type === 'consumer_not_found' || s.type === 'stream_not_found') {
        log.error({ consumer, status: s.type }, 'event consumer lost its durable state on the server; recreating it');
        await messages.close();
        return;
      }
    }
  }

  private async consumeUntilStopped(consumer: string, state: LoopState, wanted: Set<string>, handler: EventHandler, ackWaitMs: number): Promise<void> {
    for (;;) {
      try {
        for await (const msg of state.messages) {
          // Messages pulled ahead of a stop go back at once rather than after ack_wait.
          if (state.stopping) msg.nak();
          else await this.handle(consumer, msg, wanted, handler, ackWaitMs);
        }
      } catch (err) {
        log.error({ consumer, err: (err as Error).message }, 'event consumer failed');
      }
      if (state.stopping || this.nc.isClosed()) return;
      // The pull ended without a stop (consumer deleted, server trouble): start over after a pause rather than go deaf.
      await new Promise((r) => setTimeout(r, RESTART_DELAY_MS));
      if (state.stopping || this.nc.isClosed()) return;
      try {
        const next = await state.openPull(true);
        // stop() may have run meanwhile and closed only the previous pull.
        if (state.stopping) await next.close();
        state.messages = next;
      } catch (err) {
        log.error({ consumer, err: (err as Error).message }, 'event consumer restart failed; retrying');
      }
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
