// Builds in-memory agent packages for the runtime's tests.
import type { AgentPackage } from './agent-invocation-types.ts';

/** One source string becomes `index.js`; an object maps package paths to sources. */
export function agentPackage(files: string | Record<string, string>, overrides: Partial<AgentPackage> = {}): AgentPackage {
  const entries = typeof files === 'string' ? { 'index.js': files } : files;
  return {
    name: '@test/agent',
    version: '1.0.0',
    entry: 'index.js',
    files: new Map(Object.entries(entries)),
    constraints: { timeoutMs: 2_000, memoryMb: 32 },
    permissions: { hosts: [], secrets: [] },
    ...overrides,
  };
}
