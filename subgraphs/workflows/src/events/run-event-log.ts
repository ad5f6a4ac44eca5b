// The two sides of a run's event log a stream reads: the store a replay reads and the live feed a subscriber follows
// (runs/run-event-channel.ts over the database and PubSub; testing/memory-run-event-log.ts in memory).
import type { Subscription } from '@nexus/kernel/adapters/subscription-queue';
import type { RunEvent } from './run-events';

/** The stored side: every event of a run is kept, so any gap in the live side can be refilled from here. */
export interface RunEventSource {
  /** Events with `seq > after`, in seq order. */
  list(runId: string, after: number): Promise<RunEvent[]>;
}

/**
 * The live side, PubSub-like: fire-and-forget, may drop messages for a slow reader (the kernel PubSub does).
 * `subscribe` should resolve once messages published from then on will be delivered; a feed that cannot promise that
 * (a Redis SUBSCRIBE is confirmed later) relies on the stream reading the store after a quiet spell (`pollMs`).
 */
export interface RunEventFeed {
  subscribe(runId: string): Promise<Subscription<RunEvent>>;
}
