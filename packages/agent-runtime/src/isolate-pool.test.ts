// Reuse, bounds and disposal of the warm isolate pool.
import { afterEach, describe, expect, it } from 'vitest';
import { createIsolatePool, type IsolatePool } from './isolate-pool.ts';

let pool: IsolatePool;
afterEach(() => pool.dispose());

describe('createIsolatePool', () => {
  it('hands a released healthy isolate back to the next lease of the same agent version', () => {
    pool = createIsolatePool();
    const first = pool.acquire('@a/x@1.0.0', 16);
    first.release({ reusable: true, heapUsedBytes: 1024 });
    const second = pool.acquire('@a/x@1.0.0', 16);
    expect(second.isolate).toBe(first.isolate);
    const otherVersion = pool.acquire('@a/x@1.0.1', 16);
    expect(otherVersion.isolate).not.toBe(first.isolate);
  });

  it('disposes isolates after a failure, past their heap budget, or when the memory limit changed', () => {
    pool = createIsolatePool();
    const failed = pool.acquire('k@1', 16);
    failed.release({ reusable: false });
    expect(failed.isolate.isDisposed).toBe(true);

    const bloated = pool.acquire('k@1', 16);
    bloated.release({ reusable: true, heapUsedBytes: 12 * 1024 * 1024 });
    expect(bloated.isolate.isDisposed).toBe(true);

    const kept = pool.acquire('k@1', 16);
    kept.release({ reusable: true, heapUsedBytes: 0 });
    const bigger = pool.acquire('k@1', 32);
    expect(bigger.isolate).not.toBe(kept.isolate);
    expect(kept.isolate.isDisposed).toBe(true);
  });

  it('keeps at most maxIdlePerKey idle isolates per key and evicts the least recently used key', () => {
    pool = createIsolatePool({ maxIdlePerKey: 1, maxKeys: 2 });
    const a1 = pool.acquire('a@1', 8);
    const a2 = pool.acquire('a@1', 8);
    a1.release({ reusable: true });
    a2.release({ reusable: true });
    expect(a2.isolate.isDisposed).toBe(true);
    pool.acquire('b@1', 8).release({ reusable: true });
    pool.acquire('c@1', 8).release({ reusable: true });
    expect(a1.isolate.isDisposed).toBe(true);
    expect(pool.stats()).toEqual({ keys: 2, idle: 2, leased: 0 });
  });

  it('retires an isolate after maxUsesPerIsolate leases', () => {
    pool = createIsolatePool({ maxUsesPerIsolate: 2 });
    const first = pool.acquire('k@1', 8);
    first.release({ reusable: true });
    const second = pool.acquire('k@1', 8);
    expect(second.isolate).toBe(first.isolate);
    second.release({ reusable: true });
    expect(first.isolate.isDisposed).toBe(true);
  });

  it('disposes idle and leased isolates on dispose() and refuses new leases', () => {
    pool = createIsolatePool();
    const idle = pool.acquire('k@1', 8);
    idle.release({ reusable: true });
    const leased = pool.acquire('j@1', 8);
    pool.dispose();
    expect(idle.isolate.isDisposed).toBe(true);
    expect(leased.isolate.isDisposed).toBe(true);
    leased.release({ reusable: true });
    expect(() => pool.acquire('k@1', 8)).toThrow(/disposed/);
  });
});
