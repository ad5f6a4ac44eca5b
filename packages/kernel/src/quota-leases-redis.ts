// ConcurrencyQuota across processes: one sorted set per tenant and limit (lease id → expiry ms), changed only by
// Lua scripts clocked by Redis, so "count live leases, then add one" is atomic and app servers' clocks do not matter.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { closeRedis, connectRedis } from './adapters/redis-connection';
import { createLogger } from './logger';
import type { TLimitName } from './quota';
import { assertMax, leaseTtl, MemoryConcurrencyQuotaAdapter, refuse, type AcquireOptions, type ConcurrencyQuota, type QuotaLease } from './quota-leases';

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
// The set lives as long as its longest lease, so abandoned tenants leave nothing behind.
const KEEP_UNTIL_LAST = `
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], tonumber(last[2]) + 1000)
`;

const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local used = redis.call('ZCARD', KEYS[1])
local max = tonumber(ARGV[1])
if max >= 0 and used >= max then return { 0, used, now } end
local expires = now + tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], expires, ARGV[3])
${KEEP_UNTIL_LAST}
return { 1, used + 1, expires }
`;

const RENEW = `${NOW}
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score or tonumber(score) <= now then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return { 0, 0 }
end
local expires = now + tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], 'XX', expires, ARGV[1])
${KEEP_UNTIL_LAST}
return { 1, expires }
`;

const IN_USE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])
`;

type Script = (...args: unknown[]) => Promise<unknown>;

export interface RedisConcurrencyQuotaOptions {
  url: string;
  /** Prepended to every set's key, e.g. `nexus:leases:` or a per-test-run id. */
  keyPrefix?: string;
}

const log = createLogger('kernel.redis-quota-leases');

export class RedisConcurrencyQuotaAdapter implements ConcurrencyQuota {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(opts: RedisConcurrencyQuotaOptions) {
    this.prefix = opts.keyPrefix ?? '';
    this.redis = connectRedis(opts.url, 'quota-leases', log);
    this.redis.defineCommand('nexusLeaseAcquire', { numberOfKeys: 1, lua: ACQUIRE });
    this.redis.defineCommand('nexusLeaseRenew', { numberOfKeys: 1, lua: RENEW });
    this.redis.defineCommand('nexusLeaseInUse', { numberOfKeys: 1, lua: IN_USE });
  }

  async acquire(tenantId: string, limitName: TLimitName, max: number, opts?: AcquireOptions): Promise<QuotaLease> {
    assertMax(max);
    const ttl = leaseTtl(opts);
    const id = randomUUID();
    const [ok, used, expiresAt] = (await this.run('nexusLeaseAcquire', this.key(tenantId, limitName), max, ttl, id)) as [number, number, number];
    if (ok !== 1) refuse(limitName, max, used);
    return { id, tenantId, limitName, expiresAt };
  }

  async renew(lease: QuotaLease, opts?: AcquireOptions): Promise<boolean> {
    const ttl = leaseTtl(opts);
    const [ok, expiresAt] = (await this.run('nexusLeaseRenew', this.key(lease.tenantId, lease.limitName), lease.id, ttl)) as [number, number];
    if (ok === 1) lease.expiresAt = expiresAt;
    return ok === 1;
  }

  async release(lease: QuotaLease): Promise<void> {
    await this.redis.zrem(this.key(lease.tenantId, lease.limitName), lease.id);
  }

  async inUse(tenantId: string, limitName: TLimitName): Promise<number> {
    return Number(await this.run('nexusLeaseInUse', this.key(tenantId, limitName)));
  }

  async close(): Promise<void> {
    await closeRedis(this.redis);
  }

  private key(tenantId: string, limitName: string): string {
    return `${this.prefix}${tenantId}:${limitName}`;
  }

  private run(command: string, ...args: unknown[]): Promise<unknown> {
    const script = (this.redis as unknown as Record<string, Script>)[command]!;
    return script.call(this.redis, ...args);
  }
}

/** Redis when a URL is given (leases shared by every worker), in-process otherwise (embedded mode). */
export function createConcurrencyQuota(o: { redisUrl?: string; keyPrefix?: string } = {}): ConcurrencyQuota {
  return o.redisUrl ? new RedisConcurrencyQuotaAdapter({ url: o.redisUrl, keyPrefix: o.keyPrefix }) : new MemoryConcurrencyQuotaAdapter();
}
