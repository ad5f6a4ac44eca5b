// CVSS v3.x base score from a vector string, because OSV records carry the vector, not the number.
import type { Severity } from './step-report.js';

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};
const PRIVILEGES: Record<string, [unchanged: number, changed: number]> = { N: [0.85, 0.85], L: [0.62, 0.68], H: [0.27, 0.5] };

/** CVSS 3.1's Roundup, which avoids floating-point surprises such as 4.000000001 rounding to 4.1. */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** Base score (0–10) of a `CVSS:3.0/...` or `CVSS:3.1/...` vector, or null when it is not one. */
export function cvss3BaseScore(vector: string): number | null {
  const parts = vector.trim().split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return null;
  const m = Object.fromEntries(parts.slice(1).map((p) => p.split(':') as [string, string]));
  const changed = m.S === 'C';
  if (m.S !== 'U' && !changed) return null;
  const w = (k: string) => WEIGHTS[k]?.[m[k] ?? ''];
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
  const pr = PRIVILEGES[m.PR ?? '']?.[changed ? 1 : 0];
  if ([av, ac, ui, c, i, a, pr].some((v) => v === undefined)) return null;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}

/** The qualitative CVSS bands mapped onto finding severities. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'info';
}
