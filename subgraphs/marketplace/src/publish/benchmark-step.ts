// Benchmark step: runs the manifest's cases in the sandbox (warm-up, then N runs) and scores latency, memory, errors and output validity.
import { isDeepStrictEqual } from 'node:util';
import Ajv from 'ajv';
import type { RequestContext } from '@nexus/kernel/context';
import type { AgentExecutor } from '../execution/agent-executor';
import type { LoadedPackage } from '../execution/loaded-package';
import { buildReport, type Finding, type StepReport } from './step-report';

export interface Metric { name: string; value: number }
export type MeasuredStep = StepReport & { metrics: Metric[] };

export interface BenchmarkPolicy {
  /** Packages scoring below this (0–100) are rejected. */
  minScore: number;
  /** Upper bounds on the manifest's own numbers, so a publish cannot take minutes. */
  maxRuns: number;
  maxWarmup: number;
}

export const DEFAULT_BENCHMARK_POLICY: BenchmarkPolicy = { minScore: 60, maxRuns: 10, maxWarmup: 3 };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Score = 100 × (share of runs that succeeded with a valid, correct output) × latency factor, where the
 * factor is 1 while p95 stays under half the time limit and falls linearly to 0.5 at the limit.
 */
export function benchmarkScore(okRuns: number, totalRuns: number, p95Ms: number, timeoutMs: number): number {
  if (totalRuns === 0) return 0;
  const latency = p95Ms <= timeoutMs / 2 ? 1 : Math.max(0.5, 1 - (p95Ms - timeoutMs / 2) / timeoutMs);
  return round((100 * okRuns * latency) / totalRuns, 1);
}

export async function runBenchmarkStep(executor: AgentExecutor, ctx: RequestContext, pkg: LoadedPackage, policy: BenchmarkPolicy = DEFAULT_BENCHMARK_POLICY): Promise<MeasuredStep> {
  const started = performance.now();
  const bench = pkg.manifest.benchmark;
  if (!bench?.cases.length) {
    return { ...buildReport('benchmark', started, [{ severity: 'high', code: 'NO_BENCHMARK', message: 'The manifest declares no benchmark cases; code agents need at least one.' }], ''), metrics: [] };
  }
  const ajv = new Ajv({ allErrors: true });
  const validateOutput = pkg.manifest.outputSchema ? ajv.compile(pkg.manifest.outputSchema) : null;
  const runs = Math.min(bench.runs ?? 5, policy.maxRuns);
  const warmup = Math.min(bench.warmup ?? 1, policy.maxWarmup);
  const findings: Finding[] = [];
  const durations: number[] = [];
  let peakMemory = 0;
  let okRuns = 0;
  let errors = 0;
  for (const c of bench.cases) {
    const validateExpected = c.expectedSchema ? ajv.compile(c.expectedSchema) : null;
    for (let i = 0; i < warmup; i++) await executor.run(ctx, pkg, c.input);
    const problems = new Set<string>();
    for (let i = 0; i < runs; i++) {
      const r = await executor.run(ctx, pkg, c.input);
      durations.push(r.durationMs);
      peakMemory = Math.max(peakMemory, r.memoryBytes);
      if (!r.ok) {
        errors++;
        problems.add(`${r.error.code}: ${r.error.message}`);
        continue;
      }
      if (validateOutput && !validateOutput(r.output)) problems.add(`output does not match outputSchema: ${ajv.errorsText(validateOutput.errors)}`);
      else if (validateExpected && !validateExpected(r.output)) problems.add(`output does not match the case's expectedSchema: ${ajv.errorsText(validateExpected.errors)}`);
      else if (c.expected !== undefined && !isDeepStrictEqual(r.output, c.expected)) problems.add(`output differs from the expected value: got ${JSON.stringify(r.output).slice(0, 200)}`);
      else okRuns++;
    }
    for (const p of problems) findings.push({ severity: 'medium', code: 'BENCHMARK_CASE_FAILED', message: `case "${c.name}": ${p}` });
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const total = runs * bench.cases.length;
  const timeoutMs = pkg.manifest.constraints?.timeoutMs ?? 5000;
  const score = benchmarkScore(okRuns, total, percentile(sorted, 95), timeoutMs);
  if (score < policy.minScore) findings.push({ severity: 'high', code: 'BENCHMARK_SCORE_TOO_LOW', message: `Benchmark score ${score} is below the minimum of ${policy.minScore}.` });
  const metrics: Metric[] = [
    { name: 'p50Ms', value: round(percentile(sorted, 50)) }, { name: 'p95Ms', value: round(percentile(sorted, 95)) },
    { name: 'peakMemoryBytes', value: peakMemory }, { name: 'errorRate', value: round(errors / total, 4) },
    { name: 'validOutputRate', value: round(okRuns / total, 4) }, { name: 'score', value: score }, { name: 'runs', value: total },
  ];
  const summary = `score ${score}/100 over ${total} runs: p50 ${metrics[0]!.value} ms, p95 ${metrics[1]!.value} ms, ${errors} errors`;
  return { ...buildReport('benchmark', started, findings, summary), metrics };
}
