import type { Subscription } from '@nexus/kernel/adapters/subscription-queue';
import { describe, expect, it } from 'vitest';
import type { RunEventFeed, RunEventSource } from './run-event-log';
import { createMemoryRunEventLog, type RunEventLog } from '../testing/memory-run-event-log';
import type { RunEvent, RunEventBody, RunStreamItem } from './run-events';
import { streamRunEvents } from './stream-run-events';

const started = (nodeId: string): RunEventBody => ({ type: 'NODE_STARTED', nodeId, attempt: 1 });
const succeeded = (nodeId: string): RunEventBody => ({ type: 'NODE_SUCCEEDED', nodeId, attempt: 1 });
const FINISHED: RunEventBody = { type: 'RUN_FINISHED', status: 'SUCCEEDED' };

async function appendAll(log: RunEventLog, bodies: RunEventBody[]): Promise<void> {
  for (const body of bodies) await log.append('r1', body);
}

async function drain(stream: AsyncIterator<RunStreamItem>): Promise<RunStreamItem[]> {
  const items: RunStreamItem[] = [];
  for (let next = await stream.next(); !next.done; next = await stream.next()) items.push(next.value);
  return items;
}

/** Seqs of the events after the leading snapshot; the snapshot must come first and only once. */
function eventSeqs(items: RunStreamItem[]): number[] {
  expect(items[0]?.type).toBe('SNAPSHOT');
  expect(items.filter((i) => i.type === 'SNAPSHOT')).toHaveLength(1);
  return items.slice(1).map((i) => i.seq);
}

/** A feed over the log that can lose chosen events (as a lossy PubSub would) and count unsubscribes. */
function wrapFeed(log: RunEventLog, opts: { drop?: (e: RunEvent) => boolean; onReturn?: () => void }): RunEventFeed {
  return {
    subscribe: async (runId) => {
      const inner = await log.subscribe(runId);
      const next = async (): Promise<IteratorResult<RunEvent>> => {
        const r = await inner.next();
        return !r.done && opts.drop?.(r.value) ? next() : r;
      };
      const sub: Subscription<RunEvent> = {
        next,
        return: () => (opts.onReturn?.(), inner.return()),
        [Symbol.asyncIterator]: () => sub,
      };
      return sub;
    },
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('streamRunEvents', () => {
  it('replays a finished run to a fresh client and ends after RUN_FINISHED', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }, started('a'), succeeded('a'), FINISHED]);
    const items = await drain(streamRunEvents({ source: log, feed: log }, 'r1', 0));
    expect(items[0]).toMatchObject({ type: 'SNAPSHOT', seq: 4, snapshot: { status: 'SUCCEEDED', nodes: { a: { status: 'SUCCEEDED' } } } });
    expect(eventSeqs(items)).toEqual([1, 2, 3, 4]);
  });

  it('gives a client that reconnects mid-run the snapshot, the events it missed, then live events, missing nothing', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }, started('a'), succeeded('a')]);
    const stream = streamRunEvents({ source: log, feed: log }, 'r1', 1);
    expect((await stream.next()).value).toMatchObject({ type: 'SNAPSHOT', seq: 3 });
    await appendAll(log, [started('b'), succeeded('b'), FINISHED]);
    expect((await drain(stream)).map((i) => i.seq)).toEqual([2, 3, 4, 5, 6]);
  });

  it('delivers once an event appended after subscribing but before the backlog is read', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }, started('a')]);
    // The event lands in the live buffer and in the backlog too.
    const source: RunEventSource = { list: async (runId, after) => (await log.append('r1', succeeded('a')), log.list(runId, after)) };
    const stream = streamRunEvents({ source, feed: log }, 'r1', 0);
    expect((await stream.next()).value).toMatchObject({ type: 'SNAPSHOT', seq: 3, snapshot: { nodes: { a: { status: 'SUCCEEDED' } } } });
    await log.append('r1', FINISHED);
    expect((await drain(stream)).map((i) => i.seq)).toEqual([1, 2, 3, 4]);
  });

  it('delivers an event appended after the backlog was read and before the stream turns live', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }, started('a')]);
    // The event is only in the live buffer; a stream that subscribed after reading would never see it.
    const source: RunEventSource = {
      list: async (runId, after) => {
        const backlog = await log.list(runId, after);
        await appendAll(log, [succeeded('a'), FINISHED]);
        return backlog;
      },
    };
    const items = await drain(streamRunEvents({ source, feed: log }, 'r1', 0));
    expect(items[0]).toMatchObject({ type: 'SNAPSHOT', seq: 2 });
    expect(eventSeqs(items)).toEqual([1, 2, 3, 4]);
  });

  it('refills from the store what a slow reader lost from its live buffer', async () => {
    const log = createMemoryRunEventLog({ bufferSize: 2 });
    await log.append('r1', { type: 'RUN_STARTED' });
    const stream = streamRunEvents({ source: log, feed: log }, 'r1', 0);
    await stream.next(); // snapshot: subscribed and backlog read; now the reader stalls
    for (let i = 0; i < 10; i++) await appendAll(log, [started(`n${i}`), succeeded(`n${i}`)]);
    await log.append('r1', FINISHED);
    expect((await drain(stream)).map((i) => i.seq)).toEqual(range(1, 22));
  });

  it('refills an event the feed never delivered as soon as a later one arrives', async () => {
    const log = createMemoryRunEventLog();
    const lossy = wrapFeed(log, { drop: (e) => e.seq === 2 });
    const stream = streamRunEvents({ source: log, feed: lossy }, 'r1', 0);
    expect((await stream.next()).value).toMatchObject({ type: 'SNAPSHOT', seq: 0, snapshot: { status: 'PENDING' } });
    await appendAll(log, [{ type: 'RUN_STARTED' }, started('a'), succeeded('a'), FINISHED]);
    expect((await drain(stream)).map((i) => i.seq)).toEqual([1, 2, 3, 4]);
  });

  it('gives only the snapshot to a client that already holds the final event', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }, FINISHED]);
    const items = await drain(streamRunEvents({ source: log, feed: log }, 'r1', 2));
    expect(items).toEqual([expect.objectContaining({ type: 'SNAPSHOT', seq: 2 })]);
  });

  it('releases a client waiting on an idle run when it disconnects, and unsubscribes', async () => {
    const log = createMemoryRunEventLog();
    await log.append('r1', { type: 'RUN_STARTED' });
    let closed = 0;
    const feed = wrapFeed(log, { onReturn: () => closed++ });
    const stream = streamRunEvents({ source: log, feed }, 'r1', 0);
    await stream.next(); // snapshot
    await stream.next(); // RUN_STARTED; the stream now waits for a live event
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(closed).toBeGreaterThan(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('refuses a negative or fractional seq', () => {
    const log = createMemoryRunEventLog();
    expect(() => streamRunEvents({ source: log, feed: log }, 'r1', -1)).toThrow(/after must be/);
    expect(() => streamRunEvents({ source: log, feed: log }, 'r1', 1.5)).toThrow(/after must be/);
  });
});

describe('a feed that loses messages for good', () => {
  it('still delivers every event, the last one included, by reading the store after a quiet spell', async () => {
    const log = createMemoryRunEventLog();
    await appendAll(log, [{ type: 'RUN_STARTED' }]);
    // The feed drops everything: only the store knows what happened.
    const stream = streamRunEvents({ source: log, feed: wrapFeed(log, { drop: () => true }), pollMs: 20 }, 'r1', 0);
    const items = drain(stream);
    await new Promise((r) => setTimeout(r, 50));
    await appendAll(log, [started('a'), succeeded('a'), FINISHED]);
    expect(eventSeqs(await items)).toEqual([1, 2, 3, 4]);
  });
});
