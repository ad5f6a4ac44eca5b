// Maps how an invocation ended (host-side error, watchdog, isolate disposal) onto the agent error codes.
import type { AgentErrorCode } from './agent-invocation-types.ts';

export type StopReason = 'timeout' | 'aborted' | 'runtime-disposed';

export interface Failure {
  code: AgentErrorCode;
  message: string;
}

export interface FailureContext {
  stopReason: StopReason | undefined;
  isolateDisposed: boolean;
  timeoutMs: number;
  memoryMb: number;
}

const messageOf = (e: unknown) => (e instanceof Error ? (e.name === 'Error' ? e.message : `${e.name}: ${e.message}`) : String(e));

export function timeoutFailure(timeoutMs: number): Failure {
  return { code: 'TIMEOUT', message: `Agent did not finish within its time limit of ${timeoutMs} ms` };
}

export function memoryFailure(memoryMb: number): Failure {
  return { code: 'MEMORY_LIMIT', message: `Agent exceeded its memory limit of ${memoryMb} MB` };
}

/** For errors thrown on the host side while compiling, evaluating or running the agent. */
export function classifyThrown(e: unknown, ctx: FailureContext): Failure {
  if (ctx.stopReason === 'aborted') return { code: 'RUNTIME_ERROR', message: 'Invocation was aborted by the host' };
  if (ctx.stopReason === 'runtime-disposed') return { code: 'RUNTIME_ERROR', message: 'Agent runtime was disposed during the invocation' };
  const message = messageOf(e);
  // isolated-vm's own timeout ("Script execution timed out.") and our watchdog mean the same thing.
  if (ctx.stopReason === 'timeout' || /timed out/i.test(message)) return timeoutFailure(ctx.timeoutMs);
  // Nothing but V8's heap limit disposes an isolate unless we stopped it ourselves.
  if (ctx.isolateDisposed || /memory limit/i.test(message)) return memoryFailure(ctx.memoryMb);
  return { code: 'RUNTIME_ERROR', message };
}

/** For errors the agent's own code raised (caught by the prelude and returned as data). */
export function classifyAgentError(code: 'RUNTIME_ERROR' | 'PERMISSION_DENIED', message: string, memoryMb: number): Failure {
  // A large ArrayBuffer is refused with a catchable RangeError instead of disposing the isolate.
  if (/Array buffer allocation failed/.test(message)) return memoryFailure(memoryMb);
  // isolated-vm has no dynamic import(); V8 reports it as a bare "Not supported".
  if (message === 'Not supported') {
    return { code: 'PERMISSION_DENIED', message: 'Dynamic import() is not allowed: agents may only statically import their own package files' };
  }
  return { code, message };
}
