// Entry point of the agent sandbox: createAgentRuntime() runs marketplace agents in isolated-vm isolates.
import type { AgentRuntime } from './agent-invocation-types.ts';
import { createDefaultFetch } from './default-fetch.ts';
import { createIsolatePool, type IsolatePoolOptions } from './isolate-pool.ts';
import { runInvocation } from './run-invocation.ts';
import { DEFAULT_RUNTIME_LIMITS, type RuntimeLimits } from './runtime-limits.ts';

export interface AgentRuntimeOptions extends Partial<RuntimeLimits> {
  pool?: IsolatePoolOptions;
}

export function createAgentRuntime(opts: AgentRuntimeOptions = {}): AgentRuntime {
  const { pool: poolOptions, ...limitOverrides } = opts;
  const limits: RuntimeLimits = { ...DEFAULT_RUNTIME_LIMITS, ...limitOverrides };
  const pool = createIsolatePool(poolOptions);
  const defaultFetch = createDefaultFetch({ timeoutMs: limits.fetchTimeoutMs, maxResponseBytes: limits.maxBridgeResultBytes });
  let disposed = false;
  const deps = { pool, limits, defaultFetch, isRuntimeDisposed: () => disposed };

  return {
    async invoke(pkg, input, options = {}) {
      // These are host mistakes, not agent faults, so they throw instead of becoming a result.
      if (disposed) throw new Error('Agent runtime has been disposed');
      const inputJson = JSON.stringify(input ?? null) as string | undefined;
      if (inputJson === undefined) throw new TypeError('Agent input must be JSON-serialisable');
      return runInvocation(deps, pkg, inputJson, options);
    },
    dispose() {
      disposed = true;
      pool.dispose();
    },
  };
}
