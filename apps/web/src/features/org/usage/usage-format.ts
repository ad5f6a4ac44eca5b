// How limits and usage read on the usage page: names for people, bytes in units, -1 as unlimited.
import { formatBytes, formatCount } from '../../../lib/format';

const LIMIT_LABELS: Record<string, string> = {
  apiRequestsPerMinute: 'API requests per minute',
  concurrentWorkflowRuns: 'Concurrent workflow runs',
  trainingJobs: 'Training jobs at a time',
  storageBytes: 'Storage',
  publishedAgents: 'Published agents',
  seats: 'Seats (members + pending invitations)',
};

export function limitLabel(limit: string): string {
  if (LIMIT_LABELS[limit]) return LIMIT_LABELS[limit];
  // A limit added later still reads as words: `fooBarBaz` → "Foo bar baz".
  const words = limit.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatQuantity(value: number, unit: string): string {
  if (value < 0) return 'Unlimited';
  return unit === 'bytes' ? formatBytes(value) : formatCount(value);
}

/** Share of the limit in use, 0–100+; null when unlimited (nothing to fill). */
export function usedPercent(used: number, max: number): number | null {
  if (max < 0) return null;
  if (max === 0) return used > 0 ? 100 : 0;
  return (used / max) * 100;
}
