import { expect, it } from 'vitest';
import { nextAttemptAt, retryDelayMs } from './backoff';

const MIN = 60_000;

it('backs off 1, 5, 15, 60 minutes, then stays hourly', () => {
  expect([1, 2, 3, 4, 5, 12].map(retryDelayMs)).toEqual([1 * MIN, 5 * MIN, 15 * MIN, 60 * MIN, 60 * MIN, 60 * MIN]);
});

it('dates the next attempt from now', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  expect(nextAttemptAt(2, now)).toEqual(new Date('2026-11-26T10:05:00Z'));
});
