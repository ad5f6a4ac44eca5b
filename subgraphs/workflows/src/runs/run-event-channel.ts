// A run's events on their way out: stored under their numbers first, then published to live subscribers (never the
// other way round, so a subscriber's replay can refill any gap from the store). Also the store/feed pair a stream reads.
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { RunEventFeed, RunEventSource } from '../events/run-event-log';
import type { RunEvent, RunEventBody } from '../events/run-events';
import type { RunStore } from './run-store';

export const runTopic = (runId: string): string => `workflow-run:${runId}`;

export async function recordRunEvents(store: RunStore, pubsub: PubSub, runId: string, bodies: RunEventBody[]): Promise<void> {
  const events = await store.appendEvents(runId, bodies);
  for (const event of events) await pubsub.publish(runTopic(runId), event);
}

/**
 * The database is the store; PubSub the feed. A Redis SUBSCRIBE is confirmed after `subscribe` returns, so an event in that
 * window may be missed live: the stream's quiet-spell read of the store (`pollMs`) delivers it then.
 */
export function storedRunEvents(store: RunStore, pubsub: PubSub): { source: RunEventSource; feed: RunEventFeed } {
  return {
    source: { list: (runId, after) => store.listEvents(runId, after) },
    feed: { subscribe: async (runId) => pubsub.subscribe<RunEvent>(runTopic(runId)) },
  };
}
