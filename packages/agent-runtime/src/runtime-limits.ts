// Defaults and clamps for per-invocation limits, so one place decides what "unbounded" means.
import type { AgentConstraints } from './agent-invocation-types.ts';

export interface RuntimeLimits {
  maxLogEntries: number;
  maxLogMessageChars: number;
  /** Cap on a fetch response body or a dependency's output handed back to the agent. */
  maxBridgeResultBytes: number;
  /** Cap on `ctx.fetch` + `ctx.call` calls per invocation. */
  maxBridgeCalls: number;
  /** Upper bound for one outgoing request made by the default fetch. */
  fetchTimeoutMs: number;
}

export const DEFAULT_RUNTIME_LIMITS: RuntimeLimits = {
  maxLogEntries: 200,
  maxLogMessageChars: 4_096,
  maxBridgeResultBytes: 2 * 1024 * 1024,
  maxBridgeCalls: 100,
  fetchTimeoutMs: 10_000,
};

export interface ResolvedConstraints {
  timeoutMs: number;
  memoryMb: number;
  maxOutputBytes: number;
}

// isolated-vm refuses isolates under 8 MB; the upper bounds stop a manifest from asking for the host.
const MEMORY_MB = { min: 8, max: 1_024, fallback: 64 };
const TIMEOUT_MS = { min: 1, max: 15 * 60_000, fallback: 5_000 };
const OUTPUT_BYTES = { min: 1, max: 64 * 1024 * 1024, fallback: 1024 * 1024 };

function clamp(value: number | undefined, range: { min: number; max: number; fallback: number }): number {
  if (value === undefined || !Number.isFinite(value)) return range.fallback;
  return Math.min(range.max, Math.max(range.min, Math.floor(value)));
}

export function resolveConstraints(constraints: AgentConstraints | undefined): ResolvedConstraints {
  return {
    timeoutMs: clamp(constraints?.timeoutMs, TIMEOUT_MS),
    memoryMb: clamp(constraints?.memoryMb, MEMORY_MB),
    maxOutputBytes: clamp(constraints?.maxOutputBytes, OUTPUT_BYTES),
  };
}
