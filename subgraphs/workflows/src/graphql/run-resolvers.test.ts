import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../events/run-events';
import { toStreamItem } from './run-resolvers';

describe('stream items', () => {
  it('shows a run without events yet as QUEUED, the status the API uses for it', () => {
    const item = toStreamItem({ type: 'SNAPSHOT', runId: 'r1', seq: 0, snapshot: emptySnapshot('r1') });
    expect(item).toMatchObject({ type: 'SNAPSHOT', seq: 0, snapshot: { status: 'QUEUED', nodes: [] } });
  });

  it('passes event fields through and nulls the ones an event lacks', () => {
    const item = toStreamItem({ type: 'NODE_RETRYING', runId: 'r1', seq: 4, at: '2026-11-26T00:00:00.000Z', nodeId: 'a', attempt: 1, error: 'boom', delayMs: 20 });
    expect(item).toEqual({ type: 'NODE_RETRYING', runId: 'r1', seq: 4, at: '2026-11-26T00:00:00.000Z', nodeId: 'a', attempt: 1, status: null, error: 'boom', delayMs: 20, snapshot: null });
  });
});
