// Which nodes become schedule rows, and the next slot in a schedule's own time zone.
import { describe, expect, it } from 'vitest';
import { edge, graph, node, TRANSFORM } from '../graph/test-graphs';
import { nextFireAfter, scheduleSpecs } from './next-fire';

describe('scheduleSpecs', () => {
  it('takes every schedule trigger, defaulting the time zone to UTC, and nothing else', () => {
    const g = graph(
      [node('a', 'schedule', { cron: '0 * * * *' }), node('b', 'schedule', { cron: '0 9 * * 1', timezone: 'Asia/Tokyo' }), node('m', 'manual'), node('t', 'transform', TRANSFORM)],
      [edge('a.out', 't.in')],
    );
    expect(scheduleSpecs(g)).toEqual([
      { nodeId: 'a', cron: '0 * * * *', timezone: 'UTC' },
      { nodeId: 'b', cron: '0 9 * * 1', timezone: 'Asia/Tokyo' },
    ]);
  });
});

describe('nextFireAfter', () => {
  it('is strictly after the given time and follows the zone across a daylight-saving change', () => {
    expect(nextFireAfter('*/5 * * * *', 'UTC', new Date('2026-01-01T10:05:00.000Z'))).toEqual(new Date('2026-01-01T10:10:00.000Z'));
    // 09:00 in New York is 14:00 UTC in winter and 13:00 UTC after 8 March 2026.
    expect(nextFireAfter('0 9 * * *', 'America/New_York', new Date('2026-03-07T15:00:00.000Z'))).toEqual(new Date('2026-03-08T13:00:00.000Z'));
    expect(nextFireAfter('0 9 * * *', 'America/New_York', new Date('2026-03-06T15:00:00.000Z'))).toEqual(new Date('2026-03-07T14:00:00.000Z'));
  });
});
