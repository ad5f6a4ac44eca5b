// Cache port in process: an LRU with per-entry TTL, for tests, dev and single-instance runs.
import { LRUCache } from 'lru-cache';
import type { Cache } from '../ports/cache';
import { decodeValue, encodeValue, ttlToMs } from './cache-values';
import { SingleFlight } from './single-flight';

export interface MemoryCacheOptions {
  /** Upper bound on entries; least recently used go first. Default 10,000. */
  maxEntries?: number;
}

export class MemoryCacheAdapter implements Cache {
  private readonly lru: LRUCache<string, string>;
  private readonly flights = new SingleFlight();

  constructor(opts: MemoryCacheOptions = {}) {
    this.lru = new LRUCache({ max: opts.maxEntries ?? 10_000 });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return decodeValue<T>(this.lru.get(key));
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.lru.set(key, encodeValue(value), { ttl: ttlToMs(ttlSeconds) });
  }

  async delete(key: string): Promise<void> {
    this.lru.delete(key);
  }

  async deleteByPrefix(prefix: string): Promise<number> {
    let removed = 0;
    for (const key of [...this.lru.keys()]) {
      // has() is false for expired entries, so they are not counted as removed.
      if (key.startsWith(prefix) && this.lru.has(key)) removed++;
      if (key.startsWith(prefix)) this.lru.delete(key);
    }
    return removed;
  }

  async getOrSet<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
    ttlToMs(ttlSeconds);
    return this.flights.run(key, async () => {
      const hit = await this.get<T>(key);
      if (hit !== undefined) return hit;
      const value = await compute();
      await this.set(key, value, ttlSeconds);
      return decodeValue<T>(encodeValue(value)) as T;
    });
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}
