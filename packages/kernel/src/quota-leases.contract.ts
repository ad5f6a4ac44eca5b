// Behaviour every ConcurrencyQuota adapter must show; quota-leases.test.ts runs it against each adapter.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcurrencyQuota } from './quota-leases';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeConcurrencyQuotaContract(name: string, factory: () => ConcurrencyQuota | Promise<ConcurrencyQuota>): void {
  describe(`ConcurrencyQuota contract: ${name}`, () => {
    let quota: ConcurrencyQuota;
    let tenant: string;
    beforeEach(async () => {
      quota = await factory();
      tenant = randomUUID();
    });
    afterEach(async () => {
      await quota.close();
    });

    it('grants up to max concurrentWorkflowRuns, then refuses with QUOTA_EXCEEDED naming the limit and takes nothing', async () => {
      await quota.acquire(tenant, 'concurrentWorkflowRuns', 2);
      await quota.acquire(tenant, 'concurrentWorkflowRuns', 2);
      const refusal = await quota.acquire(tenant, 'concurrentWorkflowRuns', 2).catch((e: unknown) => e);
      expect(refusal).toMatchObject({
        code: 'QUOTA_EXCEEDED',
        field: 'concurrentWorkflowRuns',
        message: 'Plan limit reached: concurrentWorkflowRuns allows 2 concurrent workflow runs; 2 in use. Upgrade the plan or free some up.',
      });
      expect(await quota.inUse(tenant, 'concurrentWorkflowRuns')).toBe(2);
    });

    it('refuses trainingJobs past the limit, and a released slot can be taken again', async () => {
      const first = await quota.acquire(tenant, 'trainingJobs', 1);
      await expect(quota.acquire(tenant, 'trainingJobs', 1)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', field: 'trainingJobs', message: expect.stringContaining('trainingJobs allows 1 training jobs at a time; 1 in use') });
      await quota.release(first);
      await quota.release(first);
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(0);
      await quota.acquire(tenant, 'trainingJobs', 1);
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(1);
    });

    it('counts each tenant and each limit on its own', async () => {
      const other = randomUUID();
      await quota.acquire(tenant, 'trainingJobs', 1);
      await quota.acquire(other, 'trainingJobs', 1);
      await quota.acquire(tenant, 'concurrentWorkflowRuns', 1);
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(1);
      expect(await quota.inUse(other, 'trainingJobs')).toBe(1);
      expect(await quota.inUse(tenant, 'concurrentWorkflowRuns')).toBe(1);
    });

    it('treats -1 as unlimited (still counted) and 0 as none allowed', async () => {
      for (let i = 0; i < 5; i++) await quota.acquire(tenant, 'concurrentWorkflowRuns', -1);
      expect(await quota.inUse(tenant, 'concurrentWorkflowRuns')).toBe(5);
      await expect(quota.acquire(tenant, 'trainingJobs', 0)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', field: 'trainingJobs' });
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(0);
    });

    it('lets a lease that is not renewed expire, freeing its slot (a crashed worker gives it back)', async () => {
      const crashed = await quota.acquire(tenant, 'trainingJobs', 1, { ttlMs: 150 });
      await expect(quota.acquire(tenant, 'trainingJobs', 1)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
      await sleep(250);
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(0);
      await quota.acquire(tenant, 'trainingJobs', 1);
      // The crashed worker, back too late, learns it lost the slot.
      expect(await quota.renew(crashed, { ttlMs: 150 })).toBe(false);
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(1);
    });

    it('keeps a renewed lease past its first expiry', async () => {
      const lease = await quota.acquire(tenant, 'trainingJobs', 1, { ttlMs: 300 });
      const firstExpiry = lease.expiresAt;
      for (let i = 0; i < 3; i++) {
        await sleep(150);
        expect(await quota.renew(lease, { ttlMs: 300 })).toBe(true);
      }
      expect(lease.expiresAt).toBeGreaterThan(firstExpiry);
      await expect(quota.acquire(tenant, 'trainingJobs', 1)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    });

    it('never hands out more than max slots to concurrent callers', async () => {
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => quota.acquire(tenant, 'concurrentWorkflowRuns', 5)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
      expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(15).fill('QUOTA_EXCEEDED'));
      expect(await quota.inUse(tenant, 'concurrentWorkflowRuns')).toBe(5);
    });

    it('rejects a nonsensical TTL or limit as a bug', async () => {
      await expect(quota.acquire(tenant, 'trainingJobs', 1, { ttlMs: 0 })).rejects.toMatchObject({ code: 'INTERNAL' });
      await expect(quota.acquire(tenant, 'trainingJobs', 1.5)).rejects.toMatchObject({ code: 'INTERNAL' });
      expect(await quota.inUse(tenant, 'trainingJobs')).toBe(0);
    });
  });
}
