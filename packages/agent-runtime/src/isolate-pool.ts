// Warm isolates per agent version (`name@version`), bounded and LRU; every lease still gets a fresh context.
import ivm from 'isolated-vm';

export interface IsolatePoolOptions {
  /** Idle isolates kept per agent version. */
  maxIdlePerKey?: number;
  /** Agent versions with idle isolates; the least recently used one is evicted past this. */
  maxKeys?: number;
  /** An isolate is retired after this many invocations, so slow leaks in V8 state cannot pile up. */
  maxUsesPerIsolate?: number;
  /** An isolate whose heap is above this share of its limit after a run is retired instead of reused. */
  recycleHeapRatio?: number;
}

export interface ReleaseOutcome {
  /** False after any failure: the isolate may be disposed, near its limit, or holding surprising state. */
  reusable: boolean;
  heapUsedBytes?: number;
}

export interface IsolateLease {
  readonly isolate: ivm.Isolate;
  /** Returns the isolate to the pool or disposes it; calling it twice is harmless. */
  release(outcome: ReleaseOutcome): void;
}

export interface IsolatePool {
  acquire(key: string, memoryMb: number): IsolateLease;
  stats(): { keys: number; idle: number; leased: number };
  /** Disposes idle and leased isolates alike; acquire throws afterwards. */
  dispose(): void;
}

interface PooledIsolate {
  isolate: ivm.Isolate;
  memoryMb: number;
  uses: number;
}

const MiB = 1024 * 1024;

function disposeQuietly(isolate: ivm.Isolate): void {
  if (!isolate.isDisposed) isolate.dispose();
}

// Isolates are shared only within one agent version, so a reused V8 heap never mixes code from two publishers.
export function createIsolatePool(options: IsolatePoolOptions = {}): IsolatePool {
  const maxIdlePerKey = options.maxIdlePerKey ?? 2;
  const maxKeys = options.maxKeys ?? 16;
  const maxUses = options.maxUsesPerIsolate ?? 100;
  const recycleHeapRatio = options.recycleHeapRatio ?? 0.5;
  const idle = new Map<string, PooledIsolate[]>(); // Map order doubles as LRU order.
  const leased = new Set<PooledIsolate>();
  let disposed = false;

  function take(key: string, memoryMb: number): PooledIsolate | undefined {
    const list = idle.get(key);
    if (!list) return undefined;
    idle.delete(key);
    let found: PooledIsolate | undefined;
    while (!found && list.length > 0) {
      const candidate = list.pop() as PooledIsolate;
      // A republished manifest may change the limit under the same version; never reuse a mismatched isolate.
      if (candidate.memoryMb === memoryMb && !candidate.isolate.isDisposed) found = candidate;
      else disposeQuietly(candidate.isolate);
    }
    if (list.length > 0) idle.set(key, list);
    return found;
  }

  function putBack(key: string, entry: PooledIsolate): void {
    const list = idle.get(key) ?? [];
    idle.delete(key);
    if (list.length >= maxIdlePerKey) disposeQuietly(entry.isolate);
    else list.push(entry);
    if (list.length > 0) idle.set(key, list);
    while (idle.size > maxKeys) {
      const [oldestKey, oldest] = idle.entries().next().value as [string, PooledIsolate[]];
      for (const e of oldest) disposeQuietly(e.isolate);
      idle.delete(oldestKey);
    }
  }

  return {
    acquire(key, memoryMb) {
      if (disposed) throw new Error('Isolate pool has been disposed');
      const entry = take(key, memoryMb) ?? { isolate: new ivm.Isolate({ memoryLimit: memoryMb }), memoryMb, uses: 0 };
      entry.uses += 1;
      leased.add(entry);
      let released = false;
      return {
        isolate: entry.isolate,
        release({ reusable, heapUsedBytes }) {
          if (released) return;
          released = true;
          leased.delete(entry);
          const healthy =
            reusable &&
            !disposed &&
            !entry.isolate.isDisposed &&
            entry.uses < maxUses &&
            (heapUsedBytes ?? 0) <= recycleHeapRatio * entry.memoryMb * MiB;
          if (healthy) putBack(key, entry);
          else disposeQuietly(entry.isolate);
        },
      };
    },
    stats() {
      let idleCount = 0;
      for (const list of idle.values()) idleCount += list.length;
      return { keys: idle.size, idle: idleCount, leased: leased.size };
    },
    dispose() {
      disposed = true;
      for (const list of idle.values()) for (const e of list) disposeQuietly(e.isolate);
      idle.clear();
      for (const e of leased) disposeQuietly(e.isolate);
      leased.clear();
    },
  };
}
