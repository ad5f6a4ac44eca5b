// Per-node timeout, retry and on-error settings, read from the node's config with safe defaults.
import type { PlanNode } from '../graph/compile-workflow';
import type { NodeResult } from './engine-types';

/** Named conditions fit in stored JSON config; a predicate is for code-built policies. */
export type RetryCondition = 'empty-output' | 'invalid-json' | ((result: NodeResult) => boolean);

export interface RetryPolicy {
  /** Extra attempts after the first. */
  max: number;
  backoff: 'fixed' | 'exponential';
  delayMs: number;
  maxDelayMs?: number;
  /** Also retry a successful attempt whose output matches this (errors and timeouts always retry). */
  when?: RetryCondition;
}

export type OnError = { mode: 'stop' } | { mode: 'continue' } | { mode: 'error-branch' } | { mode: 'default'; value: unknown };

export interface NodePolicy { timeoutMs?: number; retry?: RetryPolicy; onError: OnError }

export function policyFromConfig(node: PlanNode): NodePolicy {
  const c = node.config;
  const policy: NodePolicy = { onError: { mode: 'stop' } };
  if (typeof c.timeoutMs === 'number' && c.timeoutMs > 0) policy.timeoutMs = c.timeoutMs;
  const r = c.retry as Partial<RetryPolicy> | undefined;
  if (r && typeof r === 'object' && typeof r.max === 'number' && r.max > 0) {
    policy.retry = {
      max: r.max,
      backoff: r.backoff === 'exponential' ? 'exponential' : 'fixed',
      delayMs: typeof r.delayMs === 'number' ? r.delayMs : 0,
      ...(typeof r.maxDelayMs === 'number' ? { maxDelayMs: r.maxDelayMs } : {}),
      ...(r.when === 'empty-output' || r.when === 'invalid-json' ? { when: r.when } : {}),
    };
  }
  const e = c.onError as { mode?: string; value?: unknown } | undefined;
  if (e?.mode === 'continue' || e?.mode === 'error-branch') policy.onError = { mode: e.mode };
  if (e?.mode === 'default') policy.onError = { mode: 'default', value: e.value ?? null };
  return policy;
}

/** Delay before attempt `attempt + 1`, where `attempt` (1-based) is the one that just failed. */
export function backoffDelay(retry: RetryPolicy, attempt: number): number {
  const raw = retry.backoff === 'exponential' ? retry.delayMs * 2 ** (attempt - 1) : retry.delayMs;
  return retry.maxDelayMs === undefined ? raw : Math.min(raw, retry.maxDelayMs);
}

export function needsRetry(condition: RetryCondition | undefined, result: NodeResult): boolean {
  if (!condition) return false;
  if (typeof condition === 'function') return condition(result);
  const out = result.output;
  if (condition === 'empty-output') {
    return out === null || out === undefined || out === '' || (Array.isArray(out) && out.length === 0)
      || (typeof out === 'object' && !Array.isArray(out) && Object.keys(out).length === 0);
  }
  if (typeof out !== 'string') return false; // already structured: nothing to parse
  try {
    JSON.parse(out);
    return false;
  } catch {
    return true;
  }
}
