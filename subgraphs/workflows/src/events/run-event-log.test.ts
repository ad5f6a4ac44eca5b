import { DomainError } from '@nexus/kernel/errors';
import { describe, expect, it } from 'vitest';
import { createMemoryRunEventLog } from '../testing/memory-run-event-log';

describe('createMemoryRunEventLog', () => {
  it('numbers each run separately from 1 and stamps the time', async () => {
    const log = createMemoryRunEventLog({ now: () => new Date('2026-03-01T10:00:00Z') });
    await log.append('r1', { type: 'RUN_STARTED' });
    await log.append('r2', { type: 'RUN_STARTED' });
    const second = await log.append('r1', { type: 'NODE_STARTED', nodeId: 'a', attempt: 1 });
    expect(second).toEqual({ type: 'NODE_STARTED', nodeId: 'a', attempt: 1, runId: 'r1', seq: 2, at: '2026-03-01T10:00:00.000Z' });
    expect((await log.list('r2', 0)).map((e) => e.seq)).toEqual([1]);
  });

  it('lists the events after a seq, and nothing for an unknown run', async () => {
    const log = createMemoryRunEventLog();
    for (let i = 1; i <= 3; i++) await log.append('r1', { type: 'NODE_STARTED', nodeId: `n${i}`, attempt: 1 });
    expect((await log.list('r1', 1)).map((e) => e.seq)).toEqual([2, 3]);
    expect(await log.list('r1', 3)).toEqual([]);
    expect(await log.list('nope', 0)).toEqual([]);
  });

  it('publishes appended events to subscribers of that run only, until they unsubscribe', async () => {
    const log = createMemoryRunEventLog();
    const sub = await log.subscribe('r1');
    await log.append('r2', { type: 'RUN_STARTED' });
    await log.append('r1', { type: 'RUN_STARTED' });
    expect((await sub.next()).value).toMatchObject({ runId: 'r1', seq: 1 });
    await sub.return();
    await log.append('r1', { type: 'NODE_STARTED', nodeId: 'a', attempt: 1 });
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('refuses events after the run finished, leaving the log unchanged', async () => {
    const log = createMemoryRunEventLog();
    await log.append('r1', { type: 'RUN_FINISHED', status: 'CANCELLED' });
    const late = log.append('r1', { type: 'NODE_STARTED', nodeId: 'a', attempt: 1 });
    await expect(late).rejects.toBeInstanceOf(DomainError);
    await expect(late).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await log.list('r1', 0)).toHaveLength(1);
  });
});
