// Prints the registry's publish pipeline report: one line per step, its findings indented below.
import type { CliIo } from './cli-io';
import type { ReportStep } from './graphql-documents';

const FAILED = /^(fail|failed|error|rejected)$/i;
const PASSED = /^(pass|passed|ok|succeeded|success|done)$/i;

export const stepFailed = (step: ReportStep): boolean => FAILED.test(step.status);

export function printReport(io: CliIo, steps: readonly ReportStep[]): void {
  if (steps.length === 0) return;
  io.out('pipeline:');
  const nameWidth = Math.max(...steps.map((s) => s.name.length));
  const statusWidth = Math.max(...steps.map((s) => s.status.length));
  for (const step of steps) {
    const mark = stepFailed(step) ? '✗' : PASSED.test(step.status) ? '✓' : '•';
    const duration = step.durationMs === null ? '' : `${step.durationMs} ms`;
    io.out(`  ${mark} ${step.name.padEnd(nameWidth)}  ${step.status.padEnd(statusWidth)}  ${duration.padStart(8)}  ${step.summary ?? ''}`.trimEnd());
    for (const f of step.findings) {
      const where = f.file ? ` ${f.file}${f.line === null ? '' : `:${f.line}`}` : '';
      io.out(`      ${f.severity.toLowerCase()} ${f.code}${where}  ${f.message}`);
    }
  }
}
