import { describe, expect, it } from 'vitest';
import { timelineOf } from './run-timeline';

const t = (msFromStart: number) => new Date(Date.parse('2026-11-26T10:00:00.000Z') + msFromStart).toISOString();

describe('timelineOf', () => {
  it('places nodes by start, with offsets and durations from the run start as fractions of the span', () => {
    const timeline = timelineOf({ startedAt: t(0), finishedAt: t(1000) }, [
      { nodeId: 'b', status: 'SUCCEEDED', attempts: 2, startedAt: t(200), finishedAt: t(700) },
      { nodeId: 'skipped', status: 'SKIPPED', attempts: 0, startedAt: null, finishedAt: t(210) },
      { nodeId: 'a', status: 'SUCCEEDED', attempts: 1, startedAt: t(0), finishedAt: t(200) },
    ]);
    expect(timeline.spanMs).toBe(1000);
    expect(timeline.rows).toEqual([
      { nodeId: 'a', status: 'SUCCEEDED', attempts: 1, offsetMs: 0, durationMs: 200, left: 0, width: 0.2 },
      { nodeId: 'b', status: 'SUCCEEDED', attempts: 2, offsetMs: 200, durationMs: 500, left: 0.2, width: 0.5 },
      { nodeId: 'skipped', status: 'SKIPPED', attempts: 0, offsetMs: null, durationMs: null, left: 0, width: 0 },
    ]);
  });

  it('spans to the last node while the run is still going, and is empty before anything started', () => {
    expect(timelineOf({ startedAt: t(0), finishedAt: null }, [{ nodeId: 'a', status: 'SUCCEEDED', attempts: 1, startedAt: t(100), finishedAt: t(400) }]))
      .toMatchObject({ spanMs: 400, rows: [{ nodeId: 'a', left: 0.25, width: 0.75 }] });
    expect(timelineOf({ startedAt: null, finishedAt: null }, [])).toEqual({ spanMs: 0, rows: [] });
  });
});
