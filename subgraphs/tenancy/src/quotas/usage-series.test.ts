import { describe, expect, it } from 'vitest';
import { seriesWindow, zeroFill } from './usage-series';

const now = new Date('2026-11-26T10:15:42.123Z');

describe('seriesWindow', () => {
  it('gives the last hour per minute, ending with the current minute', () => {
    const w = seriesWindow('HOUR', now);
    expect(w.unit).toBe('minute');
    expect(w.starts).toHaveLength(60);
    expect(w.starts[0]!.toISOString()).toBe('2026-11-26T09:16:00.000Z');
    expect(w.starts[59]!.toISOString()).toBe('2026-11-26T10:15:00.000Z');
    expect(w.from).toEqual(w.starts[0]);
  });

  it('gives the last day per hour and the last week per UTC day', () => {
    const day = seriesWindow('DAY', now);
    expect([day.unit, day.starts.length, day.starts[0]!.toISOString(), day.starts[23]!.toISOString()]).toEqual(['hour', 24, '2026-11-25T11:00:00.000Z', '2026-11-26T10:00:00.000Z']);
    const week = seriesWindow('WEEK', now);
    expect([week.unit, week.starts.length, week.starts[0]!.toISOString(), week.starts[6]!.toISOString()]).toEqual(['day', 7, '2026-11-20T00:00:00.000Z', '2026-11-26T00:00:00.000Z']);
  });
});

describe('zeroFill', () => {
  it('puts each row in its bucket and zero elsewhere, ignoring rows outside the window', () => {
    const starts = seriesWindow('DAY', now).starts;
    const points = zeroFill(starts, [
      { at: new Date('2026-11-26T10:00:00.000Z'), value: 7 },
      { at: new Date('2026-11-25T11:00:00.000Z'), value: 3 },
      { at: new Date('2026-11-20T11:00:00.000Z'), value: 99 },
    ]);
    expect(points).toHaveLength(24);
    expect(points[0]).toEqual({ at: '2026-11-25T11:00:00.000Z', value: 3 });
    expect(points[23]).toEqual({ at: '2026-11-26T10:00:00.000Z', value: 7 });
    expect(points.slice(1, 23).every((p) => p.value === 0)).toBe(true);
  });
});
