// Concurrency quotas for work not kept as database rows (workflow runs are counted from their rows instead): the work
// holds a lease while it runs. A lease that is not renewed expires, so a crashed worker gives its slot back on its own
// instead of blocking the tenant forever.
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from './errors';
import { assertWithinQuota, type TLimitName } from './quota';

export interface QuotaLease {
  id: string;
  tenantId: string;
  limitName: TLimitName;
  /** Epoch ms after which the slot counts as free unless renewed. */
  expiresAt: number;
}

export interface AcquireOptions {
  /** How long the lease lives without a renewal; renew well within it (e.g. every third of it). Default 60 s. */
  ttlMs?: number;
}

export interface ConcurrencyQuota {
  /**
   * Takes one of `max` slots of `limitName` for the tenant; `max` < 0 means unlimited (still counted).
   * Throws QUOTA_EXCEEDED naming the limit, taking nothing, when all `max` slots are held by live leases.
   */
  acquire(tenantId: string, limitName: TLimitName, max: number, opts?: AcquireOptions): Promise<QuotaLease>;
  /** Pushes the expiry out by the TTL again; false when the lease had already expired or was released (stop the work). */
  renew(lease: QuotaLease, opts?: AcquireOptions): Promise<boolean>;
  /** Gives the slot back; releasing twice or after expiry is harmless. */
  release(lease: QuotaLease): Promise<void>;
  /** Live leases now (for usage gauges). */
  inUse(tenantId: string, limitName: TLimitName): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_LEASE_TTL_MS = 60_000;

export function leaseTtl(opts: AcquireOptions | undefined): number {
  const ttl = opts?.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  if (!Number.isInteger(ttl) || ttl <= 0) throw new DomainError(ErrorCode.INTERNAL, `Lease TTL must be a positive whole number of ms (got ${ttl}).`);
  return ttl;
}

export function assertMax(max: number): void {
  if (!Number.isInteger(max)) throw new DomainError(ErrorCode.INTERNAL, `A concurrency limit must be a whole number (got ${max}).`);
}

/** The refusal every adapter gives: the plan-limit message of `assertWithinQuota`, naming the limit and the runs in use. */
export function refuse(limitName: TLimitName, max: number, used: number): never {
  assertWithinQuota({ limits: { [limitName]: max } }, limitName, used);
  // assertWithinQuota only returns when there was room, which the caller has just ruled out.
  throw new DomainError(ErrorCode.INTERNAL, `refuse() called with room left for ${limitName} (${used}/${max}).`);
}

const slotKey = (tenantId: string, limitName: string) => `${tenantId}:${limitName}`;

/** In-process leases: tests, dev and single-instance runs. */
export class MemoryConcurrencyQuotaAdapter implements ConcurrencyQuota {
  /** tenant:limit → lease id → expiry (ms). */
  private readonly slots = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(tenantId: string, limitName: TLimitName, max: number, opts?: AcquireOptions): Promise<QuotaLease> {
    assertMax(max);
    const ttl = leaseTtl(opts);
    const live = this.live(slotKey(tenantId, limitName));
    if (max >= 0 && live.size >= max) refuse(limitName, max, live.size);
    const lease = { id: randomUUID(), tenantId, limitName, expiresAt: this.now() + ttl };
    live.set(lease.id, lease.expiresAt);
    this.slots.set(slotKey(tenantId, limitName), live);
    return lease;
  }

  async renew(lease: QuotaLease, opts?: AcquireOptions): Promise<boolean> {
    const ttl = leaseTtl(opts);
    const live = this.live(slotKey(lease.tenantId, lease.limitName));
    if (!live.has(lease.id)) return false;
    lease.expiresAt = this.now() + ttl;
    live.set(lease.id, lease.expiresAt);
    return true;
  }

  async release(lease: QuotaLease): Promise<void> {
    const key = slotKey(lease.tenantId, lease.limitName);
    const live = this.slots.get(key);
    live?.delete(lease.id);
    if (live?.size === 0) this.slots.delete(key);
  }

  async inUse(tenantId: string, limitName: TLimitName): Promise<number> {
    return this.live(slotKey(tenantId, limitName)).size;
  }

  async close(): Promise<void> {
    this.slots.clear();
  }

  /** The key's leases with expired ones dropped. */
  private live(key: string): Map<string, number> {
    const leases = this.slots.get(key) ?? new Map<string, number>();
    const now = this.now();
    for (const [id, expiresAt] of leases) if (expiresAt <= now) leases.delete(id);
    return leases;
  }
}
