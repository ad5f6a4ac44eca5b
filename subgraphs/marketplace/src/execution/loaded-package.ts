// An agent version ready to run: its manifest and JavaScript sources, unpacked once and kept in a small LRU by integrity.
import type { AgentPackage } from '@nexus/agent-runtime/agent-invocation-types';

export interface RunnableManifest {
  name: string;
  version: string;
  entry?: string;
  constraints?: { timeoutMs?: number; memoryMb?: number; maxOutputBytes?: number };
  permissions?: { hosts?: string[]; secrets?: string[] };
  dependencies?: Record<string, string>;
  inputSchema?: object;
  outputSchema?: object;
  benchmark?: { cases: { name: string; input: unknown; expected?: unknown; expectedSchema?: object }[]; runs?: number; warmup?: number };
}

export interface LoadedPackage {
  manifest: RunnableManifest;
  runnable: AgentPackage;
}

const TEXT_FILE = /\.(m|c)?js$|\.json$/i;

export function toLoadedPackage(manifest: RunnableManifest, files: Map<string, Buffer>): LoadedPackage {
  const sources = new Map<string, string>();
  for (const [path, bytes] of files) if (TEXT_FILE.test(path)) sources.set(path, bytes.toString('utf8'));
  return {
    manifest,
    runnable: {
      name: manifest.name, version: manifest.version, entry: manifest.entry ?? 'index.js', files: sources,
      constraints: manifest.constraints, permissions: manifest.permissions, dependencies: manifest.dependencies ?? {},
    },
  };
}

/** Tiny LRU: unpacking is cheap but not free, and popular dependencies are called over and over. */
export class PackageCache {
  private readonly entries = new Map<string, LoadedPackage>();
  constructor(private readonly max = 64) {}

  get(integrity: string): LoadedPackage | undefined {
    const hit = this.entries.get(integrity);
    if (hit) {
      this.entries.delete(integrity);
      this.entries.set(integrity, hit);
    }
    return hit;
  }

  set(integrity: string, pkg: LoadedPackage): void {
    this.entries.set(integrity, pkg);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
