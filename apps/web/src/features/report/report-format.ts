// Labels and units for publish-report metrics and findings.
import type { BadgeTone } from '@nexus/ui/badge';
import { formatBytes, formatMs } from '../../lib/format';

const LABELS: Record<string, string> = {
  p50Ms: 'p50 latency',
  p95Ms: 'p95 latency',
  p99Ms: 'p99 latency',
  meanMs: 'Mean latency',
  peakMemoryBytes: 'Peak memory',
  errorRate: 'Error rate',
  score: 'Score',
};

export function metricLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/(Ms|Bytes)$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatMetric(name: string, value: number): string {
  if (name.endsWith('Ms')) return formatMs(value);
  if (name.endsWith('Bytes')) return formatBytes(value);
  if (/rate$/i.test(name)) return `${(value <= 1 ? value * 100 : value).toFixed(1)} %`;
  return value.toLocaleString('en', { maximumFractionDigits: 2 });
}

export const severityTone: Record<string, BadgeTone> = {
  critical: 'danger',
  high: 'danger',
  medium: 'warning',
  low: 'neutral',
  info: 'accent',
};

export const stepStatusIcon: Record<string, string> = { passed: '✓', warning: '!', failed: '✕' };

export function stepTitle(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
