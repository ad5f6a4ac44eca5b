import { describe, expect, it } from 'vitest';
import { applyRunItem, emptyRunState, type RunStreamItem } from './run-state';

const item = (seq: number, type: string, extra: Partial<RunStreamItem> = {}): RunStreamItem => ({
  type, runId: 'r1', seq, at: null, nodeId: null, attempt: null, status: null, error: null, delayMs: null, snapshot: null, ...extra,
});
const fold = (items: RunStreamItem[]) => items.reduce(applyRunItem, emptyRunState('r1'));

describe('applyRunItem', () => {
  it('starts from the snapshot and applies later node events', () => {
    const state = fold([
      item(2, 'SNAPSHOT', { snapshot: { status: 'RUNNING', error: null, nodes: [{ nodeId: 'a', status: 'SUCCEEDED', attempt: 1, error: null }] } }),
      item(3, 'NODE_STARTED', { nodeId: 'b', attempt: 1 }),
      item(4, 'NODE_RETRYING', { nodeId: 'b', attempt: 1, error: 'boom' }),
      item(5, 'NODE_SKIPPED', { nodeId: 'c' }),
    ]);
    expect(state.nodes).toEqual({
      a: { status: 'SUCCEEDED', attempt: 1, error: null },
      b: { status: 'RETRYING', attempt: 1, error: 'boom' },
      c: { status: 'SKIPPED', attempt: 1, error: null },
    });
    expect(state.lastSeq).toBe(5);
    expect(state.status).toBe('RUNNING');
  });

  it('ignores events replayed after a reconnect and those of other runs', () => {
    const state = fold([
      item(1, 'NODE_STARTED', { nodeId: 'a' }),
      item(2, 'NODE_SUCCEEDED', { nodeId: 'a' }),
      item(1, 'NODE_STARTED', { nodeId: 'a' }),
      { ...item(3, 'NODE_FAILED', { nodeId: 'a' }), runId: 'other' },
    ]);
    expect(state.nodes.a?.status).toBe('SUCCEEDED');
    expect(state.lastSeq).toBe(2);
  });

  it('takes the final status and error from RUN_FINISHED', () => {
    const state = fold([item(1, 'RUN_STARTED'), item(2, 'RUN_FINISHED', { status: 'FAILED', error: 'node b failed' })]);
    expect(state).toMatchObject({ status: 'FAILED', error: 'node b failed', lastSeq: 2 });
  });
});
