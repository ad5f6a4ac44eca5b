import { describe, expect, it } from 'vitest';
import { applyRunEvent, emptySnapshot, replayAfter, snapshot, type RunEvent, type RunEventBody } from './run-events';

function numbered(runId: string, bodies: RunEventBody[]): RunEvent[] {
  return bodies.map((body, i) => ({ ...body, runId, seq: i + 1, at: '2026-01-01T00:00:00.000Z' }) as RunEvent);
}

const RUN: RunEventBody[] = [
  { type: 'RUN_STARTED' },
  { type: 'NODE_STARTED', nodeId: 'a', attempt: 1 },
  { type: 'NODE_SUCCEEDED', nodeId: 'a', attempt: 1 },
  { type: 'NODE_STARTED', nodeId: 'b', attempt: 1 },
  { type: 'NODE_RETRYING', nodeId: 'b', attempt: 1, error: 'timeout', delayMs: 100 },
  { type: 'NODE_STARTED', nodeId: 'b', attempt: 2 },
  { type: 'NODE_FAILED', nodeId: 'b', attempt: 2, error: 'HTTP 500' },
  { type: 'RUN_FINISHED', status: 'FAILED', error: 'node b failed' },
];

describe('snapshot', () => {
  it('is PENDING with no nodes before the first event', () => {
    expect(snapshot('r1', [])).toEqual({ runId: 'r1', seq: 0, status: 'PENDING', error: null, nodes: {} });
  });

  it('tracks run status and each node status, attempt and error as the run goes', () => {
    const events = numbered('r1', RUN);
    expect(snapshot('r1', events.slice(0, 5))).toEqual({
      runId: 'r1', seq: 5, status: 'RUNNING', error: null,
      nodes: { a: { status: 'SUCCEEDED', attempt: 1, error: null }, b: { status: 'RETRYING', attempt: 1, error: 'timeout' } },
    });
    expect(snapshot('r1', events.slice(0, 6)).nodes.b).toEqual({ status: 'RUNNING', attempt: 2, error: null });
    expect(snapshot('r1', events)).toMatchObject({
      seq: 8, status: 'FAILED', error: 'node b failed',
      nodes: { b: { status: 'FAILED', attempt: 2, error: 'HTTP 500' } },
    });
  });

  it('ignores an event it already folded in and refuses a gap', () => {
    const events = numbered('r1', RUN);
    const state = emptySnapshot('r1');
    expect(applyRunEvent(state, events[0] as RunEvent)).toBe(true);
    expect(applyRunEvent(state, events[0] as RunEvent)).toBe(false);
    expect(state.seq).toBe(1);
    expect(() => applyRunEvent(state, events[2] as RunEvent)).toThrow(/events are missing/);
    expect(() => applyRunEvent(state, { ...(events[1] as RunEvent), runId: 'other' })).toThrow(/run other/);
  });
});

describe('replayAfter', () => {
  it('gives a snapshot as of the newest event, then every event after the given seq', () => {
    const events = numbered('r1', RUN.slice(0, 6));
    const items = replayAfter('r1', events, 3);
    expect(items[0]).toMatchObject({ type: 'SNAPSHOT', seq: 6, snapshot: { seq: 6, nodes: { b: { status: 'RUNNING', attempt: 2 } } } });
    expect(items.slice(1).map((e) => e.seq)).toEqual([4, 5, 6]);
  });

  it('gives only the snapshot to a client that already has everything', () => {
    const items = replayAfter('r1', numbered('r1', RUN), 8);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'SNAPSHOT', seq: 8 });
  });
});
