// Axis arithmetic for the usage chart: whole-number ticks at a round step (1, 2 or 5 × 10^n), topped just above the data.

/** Smallest 1, 2 or 5 × 10^n at or above `value`, never below 1 (the chart counts whole requests). */
export function niceStep(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Ticks from 0 to a top at or above `max`, about `target` steps apart; an empty series still gets a 0–1 axis. */
export function axis(max: number, target = 4): { top: number; ticks: number[] } {
  const step = niceStep(max / target);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}
