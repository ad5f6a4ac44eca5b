// When to look again after a failed DNS check or certificate order: quickly at first, then hourly.
const MINUTE_MS = 60_000;
const STEPS_MS = [1, 5, 15, 60].map((m) => m * MINUTE_MS);

/** Delay after the `attempt`-th consecutive failure (1-based): 1 min, 5, 15, 60, then every hour. */
export function retryDelayMs(attempt: number): number {
  return STEPS_MS[Math.min(Math.max(attempt, 1), STEPS_MS.length) - 1]!;
}

export const nextAttemptAt = (attempt: number, now: Date = new Date()) => new Date(now.getTime() + retryDelayMs(attempt));
