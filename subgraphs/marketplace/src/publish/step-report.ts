// The report shape every publish step returns, and the one rule that decides whether findings block a package.
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface StepReport {
  name: string;
  status: 'passed' | 'failed' | 'warning';
  durationMs: number;
  summary: string;
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Critical and high findings reject the package; anything lower is shown to the publisher. */
export const isBlocking = (f: Finding): boolean => f.severity === 'critical' || f.severity === 'high';

/** Worst first, then by file and line, so reports read the same on every run. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/** Builds a report whose status follows from its findings; `passedSummary` is used when nothing was found. */
export function buildReport(name: string, startedAt: number, findings: Finding[], passedSummary: string): StepReport {
  const sorted = sortFindings(findings);
  const blocking = sorted.filter(isBlocking).length;
  const notable = sorted.filter((f) => f.severity !== 'info').length;
  // Info findings are notes for the reader, not a reason to flag the step.
  const status = blocking > 0 ? 'failed' : notable > 0 ? 'warning' : 'passed';
  const summary =
    status === 'failed'
      ? `Rejected: ${blocking} blocking finding${blocking === 1 ? '' : 's'} (first: ${sorted[0]!.message})`
      : status === 'warning'
        ? `${notable} finding${notable === 1 ? '' : 's'} to review`
        : passedSummary;
  return { name, status, durationMs: Math.max(0, performance.now() - startedAt), summary, findings: sorted };
}
