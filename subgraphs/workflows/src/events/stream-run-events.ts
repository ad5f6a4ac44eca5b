// The async iterator behind `workflowRunEvents(runId, after)`: snapshot, backlog, then live events, with no gap and no duplicate.
import type { Subscription } from '@nexus/kernel/adapters/subscription-queue';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { RunEventFeed, RunEventSource } from './run-event-log';
import { isFinal, replayAfter, type RunEvent, type RunStreamItem } from './run-events';

/**
 * Subscribes before reading the backlog, so an event appended in between is in the live buffer (and dropped there as a
 * duplicate if the backlog already had it). Live events are delivered only when their seq is the next one expected;
 * a jump means the feed lost messages (slow reader, reconnect), and the missing ones are read back from the store.
 * Ends after the run's RUN_FINISHED event.
 */
export function streamRunEvents(
  deps: { source: RunEventSource; feed: RunEventFeed; /** Reads the store when the feed has been quiet this long (a feed across processes may drop a message). */ pollMs?: number },
  runId: string,
  after: number,
): Subscription<RunStreamItem> {
  if (!Number.isInteger(after) || after < 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after must be a whole number, 0 or more', { field: 'after' });
  }
  let sub: Subscription<RunEvent> | undefined;
  let closed = false;

  async function* produce(): AsyncGenerator<RunStreamItem, void, undefined> {
    sub = await deps.feed.subscribe(runId);
    try {
      if (closed) return;
      const backlog = await deps.source.list(runId, 0);
      // `last` is the newest seq the client holds: what it told us, or what the backlog just gave it.
      let last = after;
      for (const item of replayAfter(runId, backlog, after)) {
        yield item;
        if (item.type === 'SNAPSHOT') continue;
        last = item.seq;
        if (isFinal(item)) return;
      }
      last = Math.max(last, backlog.at(-1)?.seq ?? 0);
      if (backlog.some(isFinal)) return;

      let pending: Promise<IteratorResult<RunEvent>> | undefined;
      // The store is read after a quiet spell; the spell doubles while nothing happens (a run waiting for days should
      // not cost a query every few seconds per watcher) and starts over with the next event.
      let quietMs = deps.pollMs;
      for (;;) {
        pending ??= (sub as Subscription<RunEvent>).next();
        const next = await quietOr(pending, quietMs);
        let candidates: RunEvent[];
        if (next === 'quiet') {
          candidates = await deps.source.list(runId, last);
          if (candidates.length === 0 && quietMs) quietMs = Math.min(quietMs * 2, Math.max(deps.pollMs ?? 0, MAX_QUIET_MS));
        } else {
          pending = undefined;
          if (next.done) return;
          if (next.value.seq <= last) continue;
          // The store is written before the feed is told (see RunEventLog.append), so it holds everything up to this event.
          candidates = next.value.seq === last + 1 ? [next.value] : [...(await deps.source.list(runId, last)), next.value];
        }
        for (const event of candidates) {
          if (event.seq !== last + 1) continue;
          quietMs = deps.pollMs;
          yield event;
          last = event.seq;
          if (isFinal(event)) return;
        }
      }
    } finally {
      await sub.return();
    }
  }

  const generator = produce();
  return {
    next: () => generator.next(),
    // An async generator's own return() waits behind a pending next(), which may wait forever for a live event on an
    // idle run; closing the subscription first ends that wait, so a client that disconnects is released at once.
    async return() {
      closed = true;
      await sub?.return();
      await generator.return(undefined);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Longest pause between store reads on a quiet run. */
const MAX_QUIET_MS = 30_000;

/** The feed's next message, or 'quiet' when none came within `ms` (the pending read stays pending for the next round). */
function quietOr<T>(next: Promise<T>, ms: number | undefined): Promise<T | 'quiet'> {
  if (!ms) return next;
  let timer: NodeJS.Timeout | undefined;
  const quiet = new Promise<'quiet'>((resolve) => { timer = setTimeout(() => resolve('quiet'), ms); });
  return Promise.race([next, quiet]).finally(() => clearTimeout(timer));
}
