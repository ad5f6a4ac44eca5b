// Cache port: L1 in-process LRU, or L1 + L2 Redis in production.
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  /** ttlSeconds is required: nothing is cached forever. */
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Removes every key that starts with prefix (e.g. `tenant:abc:`). */
  deleteByPrefix(prefix: string): Promise<number>;
  /** Returns the cached value or computes, stores and returns it. */
  getOrSet<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
