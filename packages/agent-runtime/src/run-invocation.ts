// One invocation end to end: lease an isolate, fresh context, prelude, link, evaluate, run, watchdog, cleanup.
import type ivm from 'isolated-vm';
import type { AgentInvocationResult, AgentPackage, HostFetch, InvokeOptions } from './agent-invocation-types.ts';
import { classifyAgentError, classifyThrown, type Failure, type StopReason } from './classify-failure.ts';
import { createHostBridge, type HostBridge } from './host-bridge.ts';
import type { IsolatePool } from './isolate-pool.ts';
import { linkPackage } from './link-package.ts';
import { createLogSink } from './log-sink.ts';
import { resolveConstraints, type ResolvedConstraints, type RuntimeLimits } from './runtime-limits.ts';
import { installPrelude } from './sandbox-prelude.ts';

export interface InvocationDeps {
  pool: IsolatePool;
  limits: RuntimeLimits;
  defaultFetch: HostFetch;
  isRuntimeDisposed: () => boolean;
}

type Outcome = { ok: true; output: unknown } | { ok: false; error: Failure };

export async function runInvocation(
  deps: InvocationDeps,
  pkg: AgentPackage,
  inputJson: string,
  options: InvokeOptions,
): Promise<AgentInvocationResult> {
  const started = performance.now();
  const constraints = resolveConstraints(pkg.constraints);
  const logs = createLogSink({ maxEntries: deps.limits.maxLogEntries, maxMessageChars: deps.limits.maxLogMessageChars, forward: options.log });
  const finish = (outcome: Outcome, memoryBytes: number): AgentInvocationResult => ({
    ...outcome,
    durationMs: Math.round(performance.now() - started),
    memoryBytes,
    logs: logs.entries,
  });
  if (options.signal?.aborted) return finish({ ok: false, error: { code: 'RUNTIME_ERROR', message: 'Invocation was aborted by the host' } }, 0);

  const lease = deps.pool.acquire(`${pkg.name}@${pkg.version}`, constraints.memoryMb);
  const { isolate } = lease;
  let stopReason: StopReason | undefined;
  const stop = (reason: StopReason) => {
    if (stopReason) return;
    stopReason = reason;
    // Disposing is the only way to interrupt code that is looping or waiting; it costs only this isolate.
    if (!isolate.isDisposed) isolate.dispose();
  };
  // Covers what isolated-vm's per-call `timeout` cannot: async work and promises that never settle.
  const deadline = started + constraints.timeoutMs;
  const watchdog = setTimeout(() => stop('timeout'), constraints.timeoutMs);
  const onAbort = () => stop('aborted');
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const bridge = createHostBridge({
    pkg,
    options,
    fetch: options.fetch ?? deps.defaultFetch,
    logs,
    limits: deps.limits,
    deadline,
  });
  const cleanups: Array<() => void> = [];

  let outcome: Outcome;
  let memoryBytes = 0;
  try {
    outcome = await execute({ isolate, pkg, inputJson, constraints, limits: deps.limits, bridge, deadline, cleanups });
    memoryBytes = await heapInUse(isolate);
  } catch (e) {
    if (!stopReason && deps.isRuntimeDisposed()) stopReason = 'runtime-disposed';
    const error = classifyThrown(e, { stopReason, isolateDisposed: isolate.isDisposed, ...constraints });
    outcome = { ok: false, error };
  } finally {
    clearTimeout(watchdog);
    options.signal?.removeEventListener('abort', onAbort);
    bridge.close();
    for (const cleanup of cleanups.reverse()) {
      try {
        cleanup();
      } catch {
        // Handles die with a disposed isolate; releasing them again is not an error worth surfacing.
      }
    }
  }
  if (memoryBytes === 0 && !isolate.isDisposed) memoryBytes = await heapInUse(isolate);
  // The heap is gone (or was refused an allocation) at the limit, so the limit is the honest figure.
  if (!outcome.ok && outcome.error.code === 'MEMORY_LIMIT') memoryBytes = constraints.memoryMb * 1024 * 1024;
  lease.release({ reusable: outcome.ok, heapUsedBytes: memoryBytes });
  return finish(outcome, memoryBytes);
}

interface ExecuteArgs {
  isolate: ivm.Isolate;
  pkg: AgentPackage;
  inputJson: string;
  constraints: ResolvedConstraints;
  limits: RuntimeLimits;
  bridge: HostBridge;
  deadline: number;
  /** Filled as handles are created, so the caller frees them whatever happens. */
  cleanups: Array<() => void>;
}

async function execute({ isolate, pkg, inputJson, constraints, limits, bridge, deadline, cleanups }: ExecuteArgs): Promise<Outcome> {
  // isolated-vm treats a timeout of 0 as "none", so never hand it less than 1 ms.
  const remaining = () => Math.max(1, Math.ceil(deadline - performance.now()));
  const context = await isolate.createContext();
  cleanups.push(() => context.release());
  const prelude = await installPrelude(
    context,
    bridge,
    { maxLogEntries: limits.maxLogEntries, maxLogMessageChars: limits.maxLogMessageChars, maxOutputBytes: constraints.maxOutputBytes },
    remaining(),
  );
  cleanups.push(prelude.release);

  const linked = await linkPackage(isolate, context, pkg.files, pkg.entry);
  if (!linked.ok) return { ok: false, error: { code: linked.code, message: linked.message } };
  cleanups.push(() => linked.modules.forEach((m) => m.release()));
  await linked.entry.evaluate({ timeout: remaining() });

  const namespace = linked.entry.namespace;
  cleanups.push(() => namespace.release());
  const result = await prelude.run.apply(undefined, [namespace.derefInto(), inputJson], {
    result: { promise: true, copy: true },
    timeout: remaining(),
  });
  switch (result.kind) {
    case 'no-handler':
      return {
        ok: false,
        error: { code: 'ENTRY_NOT_FOUND', message: `Entry "${pkg.entry}" exports no handle() or default function (exports: ${result.exports || 'none'})` },
      };
    case 'error':
      return { ok: false, error: classifyAgentError(result.code, result.message, constraints.memoryMb) };
    case 'invalid-output':
      return { ok: false, error: { code: 'INVALID_OUTPUT', message: result.message } };
    case 'ok':
      return parseOutput(result.json, constraints.maxOutputBytes);
    default:
      // Agent code shares the realm with the prelude; distrust whatever came back rather than crash on it.
      return { ok: false, error: { code: 'INVALID_OUTPUT', message: 'The sandbox returned an unexpected result' } };
  }
}

function parseOutput(json: unknown, maxBytes: number): Outcome {
  try {
    if (typeof json !== 'string') throw new TypeError('not a string');
    if (Buffer.byteLength(json) > maxBytes) {
      return { ok: false, error: { code: 'INVALID_OUTPUT', message: `Output exceeds ${maxBytes} bytes` } };
    }
    return { ok: true, output: JSON.parse(json) };
  } catch {
    return { ok: false, error: { code: 'INVALID_OUTPUT', message: 'Output is not valid JSON' } };
  }
}

// Only a measurement: an isolate stopped right after the agent answered must not turn success into failure.
async function heapInUse(isolate: ivm.Isolate): Promise<number> {
  try {
    const stats = await isolate.getHeapStatistics();
    return stats.used_heap_size + stats.externally_allocated_size;
  } catch {
    return 0;
  }
}
