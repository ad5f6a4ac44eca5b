// Per-request batching: loads requested in the same tick become one call (federation's _entities fans out per key).
export type BatchLoad<K, V> = (keys: K[]) => Promise<Map<K, V>>;

export interface BatchLoader<K, V> {
  load(key: K): Promise<V | null>;
}

export function createBatchLoader<K, V>(loadMany: BatchLoad<K, V>): BatchLoader<K, V> {
  const cache = new Map<K, Promise<V | null>>();
  let queue: { key: K; resolve: (v: V | null) => void; reject: (e: unknown) => void }[] = [];

  const dispatch = async () => {
    const batch = queue;
    queue = [];
    try {
      const found = await loadMany([...new Set(batch.map((b) => b.key))]);
      for (const b of batch) b.resolve(found.get(b.key) ?? null);
    } catch (e) {
      for (const b of batch) b.reject(e);
    }
  };

  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) return cached;
      const promise = new Promise<V | null>((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(() => void dispatch());
        queue.push({ key, resolve, reject });
      });
      cache.set(key, promise);
      return promise;
    },
  };
}
