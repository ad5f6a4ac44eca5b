// Cache port in production: a short-lived in-process L1 in front of Redis, kept coherent across processes by invalidation messages.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { createLogger } from '../logger';
import type { Cache } from '../ports/cache';
import { decodeValue, encodeValue, ttlToMs } from './cache-values';
import { closeRedis, connectRedis } from './redis-connection';
import { SingleFlight } from './single-flight';

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every Redis key and to the invalidation channel, e.g. `nexus:` or a per-test-run id. */
  keyPrefix?: string;
  /** Longest time a value is served from L1 without asking Redis. Default 5 s. */
  l1TtlSeconds?: number;
  l1MaxEntries?: number;
}

interface Invalidation {
  from: string;
  keys?: string[];
  prefix?: string;
}

const SCAN_COUNT = 500;
const log = createLogger('kernel.redis-cache');

const escapeGlob = (s: string) => s.replace(/[*?[\]\\]/g, '\\$&');

export class RedisCacheAdapter implements Cache {
  private readonly redis: Redis;
  private readonly sub: Redis;
  private readonly l1: LRUCache<string, string>;
  private readonly l1MaxMs: number;
  private readonly prefix: string;
  private readonly channel: string;
  private readonly instanceId = randomUUID();
  private readonly flights = new SingleFlight();
  /** L1 is only trusted while the invalidation channel is subscribed; a gap could hide a remote write. */
  private l1Live = false;
  /** Bumped on every write or invalidation; a Redis read that started before a bump must not fill L1. */
  private epoch = 0;
  private liveWaiters: Array<() => void> = [];

  constructor(opts: RedisCacheOptions) {
    this.prefix = opts.keyPrefix ?? '';
    this.channel = `${this.prefix}__cache_invalidation`;
    this.l1MaxMs = ttlToMs(opts.l1TtlSeconds ?? 5);
    this.l1 = new LRUCache({ max: opts.l1MaxEntries ?? 10_000 });
    this.redis = connectRedis(opts.url, 'cache', log);
    this.sub = connectRedis(opts.url, 'cache-invalidation', log, { autoResubscribe: false });
    this.sub.on('message', (_channel: string, message: string) => this.onInvalidation(message));
    this.sub.on('close', () => this.dropL1());
    this.sub.on('ready', () => {
      this.sub.subscribe(this.channel).then(
        () => {
          this.l1Live = true;
          for (const resolve of this.liveWaiters.splice(0)) resolve();
        },
        (err: Error) => log.warn({ err: err.message }, 'cache invalidation subscribe failed; L1 disabled'),
      );
    });
  }

  /** Resolves once cross-process invalidation is live (and L1 in use); until then every read goes to Redis. */
  ready(): Promise<void> {
    return this.l1Live ? Promise.resolve() : new Promise((resolve) => this.liveWaiters.push(resolve));
  }

  async get<T>(key: string): Promise<T | undefined> {
    const local = this.l1.get(key);
    if (local !== undefined) return decodeValue<T>(local);
    const startEpoch = this.epoch;
    try {
      const [[, json], [, pttl]] = (await this.redis.pipeline().get(this.k(key)).pttl(this.k(key)).exec()) as [[unknown, string | null], [unknown, number]];
      if (json != null && this.l1Live && startEpoch === this.epoch && pttl > 0) {
        this.l1.set(key, json, { ttl: Math.min(pttl, this.l1MaxMs) });
      }
      return decodeValue<T>(json);
    } catch (err) {
      // A cache outage should slow requests down, not fail them: treat it as a miss.
      log.warn({ key, err: (err as Error).message }, 'cache read failed; treating as a miss');
      return undefined;
    }
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    const ttlMs = ttlToMs(ttlSeconds);
    const json = encodeValue(value);
    this.epoch++;
    this.l1.delete(key);
    // PX rather than EX so fractional TTLs are honoured instead of rounded.
    await this.redis.set(this.k(key), json, 'PX', ttlMs);
    if (this.l1Live) this.l1.set(key, json, { ttl: Math.min(ttlMs, this.l1MaxMs) });
    await this.broadcast({ keys: [key] });
  }

  async delete(key: string): Promise<void> {
    this.epoch++;
    this.l1.delete(key);
    await this.redis.unlink(this.k(key));
    await this.broadcast({ keys: [key] });
  }

  async deleteByPrefix(prefix: string): Promise<number> {
    this.dropL1Prefix(prefix);
    let removed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${escapeGlob(this.prefix + prefix)}*`, 'COUNT', SCAN_COUNT);
      cursor = next;
      if (keys.length > 0) removed += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    // Again after the scan: a read during it may have refilled L1 from a key not yet unlinked.
    this.dropL1Prefix(prefix);
    await this.broadcast({ prefix });
    return removed;
  }

  async getOrSet<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
    ttlToMs(ttlSeconds);
    return this.flights.run(key, async () => {
      const hit = await this.get<T>(key);
      if (hit !== undefined) return hit;
      const value = await compute();
      await this.set(key, value, ttlSeconds).catch((err: Error) => log.warn({ key, err: err.message }, 'cache write failed; value not cached'));
      return decodeValue<T>(encodeValue(value)) as T;
    });
  }

  async close(): Promise<void> {
    this.dropL1();
    this.sub.removeAllListeners('ready');
    await Promise.all([closeRedis(this.redis), closeRedis(this.sub)]);
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  private async broadcast(msg: Omit<Invalidation, 'from'>): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify({ from: this.instanceId, ...msg }));
  }

  private onInvalidation(message: string): void {
    let msg: Invalidation;
    try {
      msg = JSON.parse(message) as Invalidation;
    } catch {
      return;
    }
    if (msg.from === this.instanceId) return;
    this.epoch++;
    for (const key of msg.keys ?? []) this.l1.delete(key);
    if (msg.prefix !== undefined) this.dropL1Prefix(msg.prefix);
  }

  private dropL1Prefix(prefix: string): void {
    this.epoch++;
    for (const key of [...this.l1.keys()]) if (key.startsWith(prefix)) this.l1.delete(key);
  }

  private dropL1(): void {
    this.l1Live = false;
    this.epoch++;
    this.l1.clear();
  }
}
