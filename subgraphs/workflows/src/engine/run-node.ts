// One node's attempts: timeout per attempt, retries with backoff, and the retry condition on outputs.
import type { PlanNode } from '../graph/compile-workflow';
import type { Clock, EngineEvent, NodeError, NodeExecutor, NodeResult } from './engine-types';
import { backoffDelay, needsRetry, type NodePolicy } from './node-policy';

export type NodeOutcome =
  | { kind: 'ok'; result: NodeResult }
  | { kind: 'error'; error: NodeError }
  | { kind: 'cancelled' };

export interface RunNodeArgs {
  node: PlanNode;
  input: unknown;
  executor: NodeExecutor;
  policy: NodePolicy;
  clock: Clock;
  /** Aborts on run cancel or run failure. */
  signal: AbortSignal;
  firstAttempt: number;
  onAttempt: (attempt: number) => void;
  emit: (event: Omit<EngineEvent, 'seq' | 'runId' | 'at'>) => void;
}

export async function runNode(a: RunNodeArgs): Promise<NodeOutcome> {
  const max = (a.policy.retry?.max ?? 0) + 1;
  for (let attempt = a.firstAttempt; ; attempt++) {
    if (a.signal.aborted) return { kind: 'cancelled' };
    a.onAttempt(attempt);
    const error = await attemptOnce(a, attempt);
    if (a.signal.aborted) return { kind: 'cancelled' };
    if (!('message' in error)) return { kind: 'ok', result: error };
    if (attempt >= max || !a.policy.retry) return { kind: 'error', error };
    const delayMs = backoffDelay(a.policy.retry, attempt);
    a.emit({ type: 'node.retrying', nodeId: a.node.id, attempt: attempt + 1, error, delayMs });
    await a.clock.sleep(delayMs, a.signal);
  }
}

/**
 * Returns the result, or the error that counts as this attempt's failure. The executor is raced against its own
 * signal, so a timeout or a cancel ends the attempt even when the executor ignores the signal.
 */
async function attemptOnce(a: RunNodeArgs, attempt: number): Promise<NodeResult | NodeError> {
  const controller = new AbortController();
  let timedOut = false;
  const forward = (): void => controller.abort();
  a.signal.addEventListener('abort', forward, { once: true });
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(timedOut
      ? Object.assign(new Error(`timed out after ${a.policy.timeoutMs} ms`), { code: 'TIMEOUT' })
      : Object.assign(new Error('cancelled'), { code: 'CANCELLED' })), { once: true });
  });
  stopped.catch(() => undefined); // only observed through the race below
  if (a.policy.timeoutMs !== undefined) {
    void a.clock.sleep(a.policy.timeoutMs, controller.signal).then(() => {
      if (controller.signal.aborted) return; // the attempt already ended
      timedOut = true;
      controller.abort();
    });
  }
  try {
    const run = Promise.resolve().then(() => a.executor({ node: a.node, input: a.input, attempt, signal: controller.signal, now: a.clock.now() }));
    run.catch(() => undefined); // a late rejection after a timeout or cancel is expected, not unhandled
    const result = await Promise.race([run, stopped]);
    if (needsRetry(a.policy.retry?.when, result)) {
      const name = typeof a.policy.retry?.when === 'string' ? a.policy.retry.when : 'predicate';
      return { code: 'RETRY_CONDITION', message: `output failed the retry condition (${name})` };
    }
    return result;
  } catch (err) {
    return toNodeError(err);
  } finally {
    a.signal.removeEventListener('abort', forward);
    controller.abort(); // ends the timeout sleep and tells the executor its work is no longer wanted
  }
}

export function toNodeError(err: unknown): NodeError {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { message: err.message, code: typeof code === 'string' ? code : 'EXECUTOR_ERROR' };
  }
  return { message: String(err), code: 'EXECUTOR_ERROR' };
}
