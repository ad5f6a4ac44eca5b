// The `code` step: the config's JavaScript function body runs in a fresh isolated-vm isolate, JSON in, JSON out.
import ivm from 'isolated-vm';
import type { NodeExecutor } from '../engine/engine-types';
import { StepError, stepError } from './node-error';

export const CODE_MEMORY_MB = 64;
export const DEFAULT_CODE_TIMEOUT_MS = 5_000;

type Outcome = { kind: 'ok'; json: string } | { kind: 'error'; message: string } | { kind: 'invalid-output'; message: string };

// $0: the function body, $1: the input as JSON. Built-ins are captured before user code runs, so patching JSON only
// breaks the user's own step. A fresh isolate has no process, require, fetch or timers: nothing to take away.
const WRAPPER = String.raw`
'use strict';
const { stringify, parse } = JSON;
delete globalThis.WebAssembly;
delete globalThis.SharedArrayBuffer;
delete globalThis.Atomics;
function describe(e) {
  try {
    if (e instanceof Error) return e.name === 'Error' ? e.message : e.name + ': ' + e.message;
    return typeof e === 'string' ? e : stringify(e) ?? String(e);
  } catch { return 'Unknown error'; }
}
(async () => {
  let value;
  try {
    const AsyncFunction = (async function () {}).constructor;
    value = await new AsyncFunction('input', $0)(parse($1));
  } catch (e) {
    return stringify({ kind: 'error', message: describe(e) });
  }
  let json;
  try { json = stringify(value === undefined ? null : value); } catch (e) {
    return stringify({ kind: 'invalid-output', message: describe(e) });
  }
  if (json === undefined) return stringify({ kind: 'invalid-output', message: 'a ' + typeof value + ' is not JSON' });
  return stringify({ kind: 'ok', json });
})()`;

export interface CodeRunOptions { timeoutMs?: number; memoryMb?: number; signal?: AbortSignal }

/** Runs `source` (a function body receiving `input`, may be async) and returns its JSON-copied result. */
export async function runSandboxedCode(source: string, input: unknown, opts: CodeRunOptions = {}): Promise<unknown> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CODE_TIMEOUT_MS;
  const memoryMb = opts.memoryMb ?? CODE_MEMORY_MB;
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb });
  let stopped: StepError | undefined;
  const stop = (error: StepError) => {
    stopped ??= error;
    if (!isolate.isDisposed) isolate.dispose();
  };
  // isolated-vm's `timeout` covers synchronous work; the watchdog also ends awaits that never settle.
  const watchdog = setTimeout(() => stop(timeoutError(timeoutMs)), timeoutMs);
  const onAbort = () => stop(stepError('CANCELLED', 'The code step was cancelled.'));
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (opts.signal?.aborted) onAbort();
    const context = await isolate.createContext();
    const json = JSON.stringify(input === undefined ? null : input);
    // One pass with a function, so `$1` or `$&` inside the user's source is never treated as a placeholder.
    const script = WRAPPER.replace(/\$([01])/g, (_, i: string) => JSON.stringify(i === '0' ? source : json));
    const raw: unknown = await context.eval(script, { timeout: timeoutMs, promise: true, copy: true });
    const outcome = JSON.parse(String(raw)) as Outcome;
    if (outcome.kind === 'error') throw stepError('CODE_ERROR', outcome.message);
    if (outcome.kind === 'invalid-output') throw stepError('INVALID_OUTPUT', `The code step must return JSON data: ${outcome.message}`);
    return JSON.parse(outcome.json) as unknown;
  } catch (error) {
    if (stopped) throw stopped;
    if (error instanceof StepError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out/i.test(message)) throw timeoutError(timeoutMs);
    // Nothing but V8's heap limit disposes the isolate unless we stopped it ourselves.
    if (isolate.isDisposed || /memory limit|allocation failed/i.test(message)) throw stepError('MEMORY_LIMIT', `The code step exceeded its memory limit of ${memoryMb} MB.`);
    throw stepError('CODE_ERROR', message);
  } finally {
    clearTimeout(watchdog);
    opts.signal?.removeEventListener('abort', onAbort);
    if (!isolate.isDisposed) isolate.dispose();
  }
}

function timeoutError(timeoutMs: number): StepError {
  return stepError('TIMEOUT', `The code step did not finish within ${timeoutMs} ms.`);
}

export const codeExecutor: NodeExecutor = async ({ node, input, signal }) => {
  const { source, timeoutMs } = node.config as { source: string; timeoutMs?: number };
  return { output: await runSandboxedCode(source, input, { timeoutMs, signal }) };
};
