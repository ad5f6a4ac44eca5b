// Flags dependencies whose declared range can resolve to a version named in a known advisory.
import * as semver from 'semver';
import { cvss3BaseScore, severityFromScore } from './cvss-score.js';
import type { TOsvAdvisory } from './osv-advisories.js';
import type { Finding, Severity } from './step-report.js';

export const ADVISORY_ECOSYSTEM = 'Nexus';
const MANIFEST = 'nexus-agent.json';

const NAMED_SEVERITY: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };

/**
 * The advisory's own rating when it has one, else the worst CVSS v3 score it lists. Many OSV
 * records carry neither; those count as medium, so they are shown without blocking a publish.
 */
export function advisorySeverity(advisory: TOsvAdvisory): Severity {
  const named = advisory.database_specific?.severity?.toUpperCase();
  if (named && NAMED_SEVERITY[named]) return NAMED_SEVERITY[named];
  const scores = (advisory.severity ?? [])
    .filter((s) => s.type.startsWith('CVSS_V3'))
    .map((s) => (/^\d+(\.\d+)?$/.test(s.score) ? Number(s.score) : cvss3BaseScore(s.score)))
    .filter((n): n is number => n !== null);
  return scores.length > 0 ? severityFromScore(Math.max(...scores)) : 'medium';
}

/** OSV SEMVER events as semver ranges, one per affected interval. */
export function affectedIntervals(events: Record<string, string>[]): string[] {
  const intervals: string[] = [];
  let start: string | null = null;
  for (const event of events) {
    if (event.introduced !== undefined) {
      start = event.introduced === '0' ? '0.0.0' : event.introduced;
      continue;
    }
    if (start === null) continue;
    if (event.fixed !== undefined) intervals.push(`>=${start} <${event.fixed}`);
    else if (event.last_affected !== undefined) intervals.push(`>=${start} <=${event.last_affected}`);
    start = null;
  }
  if (start !== null) intervals.push(`>=${start}`);
  return intervals;
}

function rangeHits(range: string, affected: TOsvAdvisory['affected'][number]): boolean {
  const intervals = (affected.ranges ?? []).flatMap((r) => affectedIntervals(r.events));
  return intervals.some((interval) => semver.intersects(range, interval)) || (affected.versions ?? []).some((v) => semver.satisfies(v, range));
}

function fixedIn(advisory: TOsvAdvisory, name: string): string[] {
  return advisory.affected
    .filter((a) => a.package.name === name)
    .flatMap((a) => (a.ranges ?? []).flatMap((r) => r.events.flatMap((e) => ('fixed' in e ? [e.fixed] : []))));
}

export function scanAdvisories(dependencies: Record<string, string>, advisories: TOsvAdvisory[]): Finding[] {
  const findings: Finding[] = [];
  for (const [name, range] of Object.entries(dependencies)) {
    if (semver.validRange(range) === null) {
      findings.push({ severity: 'low', code: 'UNCHECKED_DEPENDENCY_RANGE', message: `${name}@${range} is not a semver range, so advisories cannot be checked`, file: MANIFEST });
      continue;
    }
    for (const advisory of advisories) {
      const relevant = advisory.affected.filter((a) => a.package.ecosystem === ADVISORY_ECOSYSTEM && a.package.name === name);
      if (!relevant.some((a) => rangeHits(range, a))) continue;
      const fixed = fixedIn(advisory, name);
      findings.push({
        severity: advisorySeverity(advisory),
        code: 'VULNERABLE_DEPENDENCY',
        message: `${name}@${range} can resolve to a version affected by ${advisory.id}: ${advisory.summary}${fixed.length > 0 ? ` (fixed in ${fixed.join(', ')})` : ' (no fix released)'}`,
        file: MANIFEST,
      });
    }
  }
  return findings;
}
