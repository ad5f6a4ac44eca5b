// Chart windows for the usage query: which UTC buckets a range shows, and zero for buckets with no traffic.
import type { SeriesUnit } from './usage-repository';

export type TUsageRange = 'HOUR' | 'DAY' | 'WEEK';

const WINDOWS: Record<TUsageRange, { unit: SeriesUnit; stepMs: number; points: number }> = {
  HOUR: { unit: 'minute', stepMs: 60_000, points: 60 },
  DAY: { unit: 'hour', stepMs: 3_600_000, points: 24 },
  WEEK: { unit: 'day', stepMs: 86_400_000, points: 7 },
};

/** Start of the UTC minute/hour/day holding `ms` (UTC has no DST, so whole steps since the epoch line up). */
export const truncateTo = (ms: number, stepMs: number) => Math.floor(ms / stepMs) * stepMs;

/** The range's buckets, oldest first, the last being the one that holds `now` (still filling). */
export function seriesWindow(range: TUsageRange, now: Date): { unit: SeriesUnit; from: Date; starts: Date[] } {
  const { unit, stepMs, points } = WINDOWS[range];
  const last = truncateTo(now.getTime(), stepMs);
  const starts = Array.from({ length: points }, (_, i) => new Date(last - (points - 1 - i) * stepMs));
  return { unit, from: starts[0]!, starts };
}

/** One point per bucket start; buckets the database had no rows for are zero. */
export function zeroFill(starts: Date[], rows: { at: Date; value: number }[]): { at: string; value: number }[] {
  const byStart = new Map(rows.map((r) => [r.at.getTime(), r.value]));
  return starts.map((s) => ({ at: s.toISOString(), value: byStart.get(s.getTime()) ?? 0 }));
}
