// Runs the ConcurrencyQuota contract on the memory adapter always, and on Redis when a server is reachable.
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { describe } from 'vitest';
import { MemoryConcurrencyQuotaAdapter } from './quota-leases';
import { RedisConcurrencyQuotaAdapter } from './quota-leases-redis';
import { describeConcurrencyQuotaContract } from './quota-leases.contract';

describeConcurrencyQuotaContract('MemoryConcurrencyQuotaAdapter', () => new MemoryConcurrencyQuotaAdapter());

const redisUrl = await detectRedis('RedisConcurrencyQuotaAdapter suite skipped; memory adapter covered');
// Lease sets expire with their last lease, so the run leaves nothing behind.
const keyPrefix = `${uniqueRunId('leases')}:`;

describe.skipIf(!redisUrl)('RedisConcurrencyQuotaAdapter', () => {
  describeConcurrencyQuotaContract('RedisConcurrencyQuotaAdapter', () => new RedisConcurrencyQuotaAdapter({ url: redisUrl!, keyPrefix }));
});
