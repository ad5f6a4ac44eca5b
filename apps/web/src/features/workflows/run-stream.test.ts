import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followRun, type StreamSink, type StreamState } from './run-stream';
import type { RunState, RunStreamItem } from './run-state';

const item = (seq: number, type: string, extra: Partial<RunStreamItem> = {}): RunStreamItem => ({
  type, runId: 'r1', seq, at: null, nodeId: null, attempt: null, status: null, error: null, delayMs: null, snapshot: null, ...extra,
});
const snapshot = (seq: number, status = 'RUNNING') => item(seq, 'SNAPSHOT', { snapshot: { status, error: null, nodes: [] } });

function harness() {
  const subscriptions: { after: number; sink: StreamSink; closed: boolean }[] = [];
  const runs: RunState[] = [];
  const streams: StreamState[] = [];
  const stop = followRun({
    runId: 'r1',
    reconnectMs: 100,
    subscribe: (after, sink) => {
      const sub = { after, sink, closed: false };
      subscriptions.push(sub);
      return () => { sub.closed = true; };
    },
    onRun: (r) => runs.push(r),
    onStream: (s) => streams.push(s),
    onError: () => undefined,
  });
  return { subscriptions, runs, streams, stop, last: () => runs.at(-1)! };
}

describe('followRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resubscribes after a dropped connection from the last seq it applied, and misses nothing', () => {
    const h = harness();
    expect(h.subscriptions[0]!.after).toBe(0);
    h.subscriptions[0]!.sink.next(snapshot(0));
    h.subscriptions[0]!.sink.next(item(1, 'NODE_STARTED', { nodeId: 'a' }));
    h.subscriptions[0]!.sink.next(item(2, 'NODE_SUCCEEDED', { nodeId: 'a' }));
    h.subscriptions[0]!.sink.error(null, false);
    expect(h.subscriptions[0]!.closed).toBe(true);
    expect(h.streams.at(-1)).toBe('live');
    vi.advanceTimersByTime(100);
    expect(h.streams.at(-1)).toBe('reconnecting');
    expect(h.subscriptions[1]!.after).toBe(2);

    h.subscriptions[1]!.sink.next(snapshot(3));
    h.subscriptions[1]!.sink.next(item(4, 'NODE_SKIPPED', { nodeId: 'b' }));
    h.subscriptions[1]!.sink.next(item(5, 'RUN_FINISHED', { status: 'SUCCEEDED' }));
    expect(h.last()).toMatchObject({ status: 'SUCCEEDED', lastSeq: 5, nodes: { b: { status: 'SKIPPED' } } });
    expect(h.streams.at(-1)).toBe('done');
    h.subscriptions[1]!.sink.complete();
    vi.advanceTimersByTime(1000);
    expect(h.subscriptions).toHaveLength(2);
  });

  it('stops on a refusal from the server and after stop()', () => {
    const h = harness();
    h.subscriptions[0]!.sink.error('run not found', true);
    vi.advanceTimersByTime(1000);
    expect(h.subscriptions).toHaveLength(1);
    expect(h.streams.at(-1)).toBe('done');

    const g = harness();
    g.subscriptions[0]!.sink.complete();
    g.stop();
    vi.advanceTimersByTime(1000);
    expect(g.subscriptions).toHaveLength(1);
  });

  it('ends without retrying when the snapshot shows a finished run', () => {
    const h = harness();
    h.subscriptions[0]!.sink.next(snapshot(7, 'FAILED'));
    h.subscriptions[0]!.sink.complete();
    vi.advanceTimersByTime(1000);
    expect(h.subscriptions).toHaveLength(1);
    expect(h.last()).toMatchObject({ status: 'FAILED', lastSeq: 7 });
  });

  it('keeps following a run that has not started yet (a QUEUED snapshot is not an end)', () => {
    const h = harness();
    h.subscriptions[0]!.sink.next(snapshot(0, 'QUEUED'));
    expect(h.streams.at(-1)).toBe('live');
    h.subscriptions[0]!.sink.next(item(1, 'RUN_STARTED'));
    expect(h.last()).toMatchObject({ status: 'RUNNING', lastSeq: 1 });
  });
});
