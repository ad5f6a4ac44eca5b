// Which buckets a request spends from: visitors of a tenant's domain are limited per IP, not against the tenant.
import { expect, it } from 'vitest';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import { ANONYMOUS } from '../auth/identity';
import { bucketsFor } from './enforce-rate-limit';

const limiters = { perKey: new MemoryRateLimiterAdapter({ capacity: 1, refillPerSecond: 1 }), perTenant: new MemoryRateLimiterAdapter({ capacity: 1, refillPerSecond: 1 }), anonymous: new MemoryRateLimiterAdapter({ capacity: 1, refillPerSecond: 1 }) };
const keys = (identity: typeof ANONYMOUS) => bucketsFor(identity, '203.0.113.9', limiters).map((b) => b.key);

it('an anonymous visitor of a tenant domain spends only their IP bucket', () => {
  expect(keys({ ...ANONYMOUS, tenantId: 't1' })).toEqual(['ip:203.0.113.9']);
});

it('a signed-in user spends the tenant bucket; an API key its own and the tenant one', () => {
  expect(keys({ ...ANONYMOUS, tenantId: 't1', userId: 'u1' })).toEqual(['tenant:t1']);
  expect(keys({ ...ANONYMOUS, tenantId: 't1', apiKeyId: 'k1' })).toEqual(['key:k1', 'tenant:t1']);
});
