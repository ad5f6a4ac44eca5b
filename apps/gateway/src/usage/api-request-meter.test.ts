// The request meter: minute buckets, delivery to tenancy, and what happens when tenancy cannot take them.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createLogger } from '@nexus/kernel/logger';
import { ApiRequestMeter, MAX_SAMPLES_PER_POST } from './api-request-meter';
import { startUsageTestServer, type UsageTestServer } from './usage-test-server';

const SECRET = 'meter-test-secret-0123456789';
const logger = createLogger('meter-test', { level: 'silent' });
const T0 = Date.parse('2026-11-26T10:15:00.000Z');

let tenancy: UsageTestServer;
let now: number;
const meterFor = (opts: { maxPending?: number; secret?: string } = {}) =>
  new ApiRequestMeter({ tenancyHttpUrl: tenancy.url, contextSecret: opts.secret ?? SECRET, logger, now: () => now, maxPending: opts.maxPending });

beforeAll(async () => {
  tenancy = await startUsageTestServer(SECRET);
});
afterAll(() => tenancy.close());
beforeEach(() => {
  tenancy.received.length = 0;
  tenancy.failWith = undefined;
  now = T0;
});

it('counts per tenant per minute and sends each (tenant, minute) once', async () => {
  const meter = meterFor();
  meter.record('a');
  meter.record('a');
  now += 59_999;
  meter.record('b');
  now += 1;
  meter.record('a');
  expect(await meter.flush()).toBe(true);
  expect(tenancy.received).toEqual([[
    { tenantId: 'a', minute: '2026-11-26T10:15:00.000Z', count: 2 },
    { tenantId: 'b', minute: '2026-11-26T10:15:00.000Z', count: 1 },
    { tenantId: 'a', minute: '2026-11-26T10:16:00.000Z', count: 1 },
  ]]);
  expect(await meter.flush()).toBe(true);
  expect(tenancy.received).toHaveLength(1);
});

it('keeps the counts when tenancy is down and adds later requests to them', async () => {
  const meter = meterFor();
  meter.record('a');
  tenancy.failWith = 503;
  expect(await meter.flush()).toBe(false);
  meter.record('a');
  tenancy.failWith = undefined;
  expect(await meter.flush()).toBe(true);
  expect(tenancy.received).toEqual([[{ tenantId: 'a', minute: '2026-11-26T10:15:00.000Z', count: 2 }]]);
});

it('keeps a bounded backlog, dropping the oldest minutes first', async () => {
  const meter = meterFor({ maxPending: 3 });
  tenancy.failWith = 503;
  for (let i = 0; i < 5; i++) {
    meter.record('a');
    now += 60_000;
  }
  await meter.flush();
  expect(meter.pendingSamples().map((s) => s.minute)).toEqual(['2026-11-26T10:17:00.000Z', '2026-11-26T10:18:00.000Z', '2026-11-26T10:19:00.000Z']);
});

it('keeps counts tenancy did not authenticate (a secret being rotated), but drops a batch it refused as malformed', async () => {
  const meter = meterFor({ secret: 'a-different-secret-0123456789' });
  meter.record('a');
  expect(await meter.flush()).toBe(false);
  expect(meter.pendingSamples()).toHaveLength(1);

  const other = meterFor();
  other.record('a');
  tenancy.failWith = 400;
  expect(await other.flush()).toBe(false);
  expect(other.pendingSamples()).toEqual([]);
});

it('splits a large backlog into several posts', async () => {
  const meter = meterFor();
  for (let i = 0; i < MAX_SAMPLES_PER_POST + 5; i++) meter.record(`t${i}`);
  expect(await meter.flush()).toBe(true);
  expect(tenancy.received.map((r) => r.length)).toEqual([MAX_SAMPLES_PER_POST, 5]);
});

it('delivers what is left when closed', async () => {
  const meter = meterFor().start();
  meter.record('a');
  await meter.close();
  expect(tenancy.received).toEqual([[{ tenantId: 'a', minute: '2026-11-26T10:15:00.000Z', count: 1 }]]);
});
