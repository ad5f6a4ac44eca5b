// Idempotent JetStream setup for the event bus: create-or-update the stream and the durable consumers.
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DomainError, ErrorCode } from '../errors';

export interface StreamSettings {
  name: string;
  subjectPrefix: string;
  duplicateWindowMs: number;
  maxAgeMs: number;
}

export async function ensureStream(jsm: JetStreamManager, s: StreamSettings): Promise<void> {
  const wanted = { subjects: [`${s.subjectPrefix}.>`], duplicate_window: nanos(s.duplicateWindowMs), max_age: nanos(s.maxAgeMs) };
  try {
    const info = await jsm.streams.info(s.name);
    const c = info.config;
    if (c.subjects?.join() !== wanted.subjects.join() || c.duplicate_window !== wanted.duplicate_window || c.max_age !== wanted.max_age) {
      await jsm.streams.update(s.name, { ...c, ...wanted });
    }
  } catch (err) {
    if (!(err instanceof JetStreamApiError) || err.code !== JetStreamApiCodes.StreamNotFound) throw err;
    // Another process may create it between our info and add; an identical config makes add idempotent.
    await jsm.streams.add({ name: s.name, storage: StorageType.File, retention: RetentionPolicy.Limits, ...wanted });
  }
}

/** Whether the server filters a consumer on several subjects (`filter_subjects`, NATS 2.10+). */
export function supportsMultiFilter(serverVersion: string | undefined): boolean {
  const [major = 0, minor = 0] = (serverVersion ?? '0.0').split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 10);
}

export interface ConsumerSettings {
  stream: string;
  durable: string;
  /** Subjects to filter on; several need NATS 2.10+. */
  subjects: string[];
  ackWaitMs: number;
}

export async function ensureConsumer(jsm: JetStreamManager, c: ConsumerSettings): Promise<void> {
  const filter = c.subjects.length === 1 ? { filter_subject: c.subjects[0] } : { filter_subjects: c.subjects };
  const config = {
    durable_name: c.durable,
    ack_policy: AckPolicy.Explicit,
    // A new durable starts at the stream's oldest event, so a consumer registered after a publish still sees it.
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(c.ackWaitMs),
    max_deliver: -1,
    ...filter,
  };
  try {
    await jsm.consumers.add(c.stream, config);
  } catch (addErr) {
    // The durable exists with another config (e.g. its event types changed): update it in place.
    try {
      await jsm.consumers.update(c.stream, c.durable, { ack_wait: config.ack_wait, max_deliver: -1, ...filter });
    } catch (updateErr) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Durable consumer "${c.durable}" on stream "${c.stream}" exists with a configuration that cannot be changed to [${c.subjects.join(', ')}] (${(updateErr as Error).message}); give the consumer a new name.`,
        { cause: addErr },
      );
    }
  }
}
