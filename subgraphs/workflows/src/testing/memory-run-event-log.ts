// An in-memory run event log (store and live feed in one), the reference the event stream is tested against.
import { SubscriptionQueue } from '@nexus/kernel/adapters/subscription-queue';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { createLogger } from '@nexus/kernel/logger';
import type { RunEventFeed, RunEventSource } from '../events/run-event-log';
import { isFinal, type RunEvent, type RunEventBody } from '../events/run-events';

export interface RunEventLog extends RunEventSource, RunEventFeed {
  /** Stores the event under the run's next seq (1, 2, …), then publishes it (never before: replays refill gaps from the store); refused once the run has finished. */
  append(runId: string, body: RunEventBody): Promise<RunEvent>;
}

export interface MemoryRunEventLogOptions {
  /** Live events buffered per subscriber before the oldest are dropped. Default 1,000. */
  bufferSize?: number;
  now?: () => Date;
}

const log = createLogger('workflows.run-event-log');

export function createMemoryRunEventLog(opts: MemoryRunEventLogOptions = {}): RunEventLog {
  const runs = new Map<string, RunEvent[]>();
  const subscribers = new Map<string, Set<SubscriptionQueue<RunEvent>>>();
  const now = opts.now ?? (() => new Date());

  return {
    async append(runId, body) {
      const events = runs.get(runId) ?? [];
      const last = events.at(-1);
      if (last && isFinal(last)) {
        throw new DomainError(ErrorCode.CONFLICT, `run ${runId} has finished; no more events can be added`);
      }
      // Seq is assigned here, under the single writer of the array, so two appends can never share a number.
      const event = Object.freeze({ ...body, runId, seq: events.length + 1, at: now().toISOString() }) as RunEvent;
      events.push(event);
      runs.set(runId, events);
      for (const sub of subscribers.get(runId) ?? []) sub.push(event);
      return event;
    },

    async list(runId, after) {
      return (runs.get(runId) ?? []).slice(Math.max(0, after));
    },

    async subscribe(runId) {
      const subs = subscribers.get(runId) ?? new Set();
      subscribers.set(runId, subs);
      const queue: SubscriptionQueue<RunEvent> = new SubscriptionQueue<RunEvent>(`run:${runId}`, opts.bufferSize ?? 1_000, log, () => {
        subs.delete(queue);
        if (subs.size === 0) subscribers.delete(runId);
      });
      subs.add(queue);
      return queue;
    },
  };
}
