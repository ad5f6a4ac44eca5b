// Outbox: events commit and roll back with the change, the relay delivers at least once, consumers dedupe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent, EventBus } from '@nexus/kernel/ports/event-bus';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { createDatabase, type Database } from './create-database';
import { makeAgent, makeTenant } from './factories';
import type { Tenant } from './generated/prisma/client';
import { enqueueEvent, OutboxRelay, processOnce } from './outbox';
import { withSystem, withTenant } from './tenant-client';

/** Records what it is given; `failFor` makes publishing those event types throw. */
class FakeBus implements EventBus {
  readonly delivered: DomainEvent[] = [];
  readonly failFor = new Set<string>();
  async publish(event: DomainEvent): Promise<void> {
    if (this.failFor.has(event.type)) throw new Error(`bus down for ${event.type}`);
    this.delivered.push(event);
  }
  async subscribe(): Promise<{ stop(): Promise<void> }> {
    return { stop: async () => {} };
  }
  async close(): Promise<void> {}
}

let testDb: TestDatabase;
let app: Database;
let worker: Database;
let a: Tenant;
let b: Tenant;

const outboxRow = (id: string) => withSystem(worker, (tx) => tx.outboxEvent.findUnique({ where: { id } }));

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = createDatabase({ url: testDb.appUrl });
  worker = createDatabase({ url: testDb.workerUrl, poolSize: 4 });
  a = await makeTenant(app, { slug: 'outbox-a' });
  b = await makeTenant(app, { slug: 'outbox-b' });
});

afterAll(async () => {
  await app?.close();
  await worker?.close();
  await testDb?.drop();
});

describe('enqueueEvent', () => {
  it('commits the event with the change', async () => {
    const event = await withTenant(app, { tenantId: a.id }, async (tx) => {
      await tx.agent.create({ data: { tenantId: a.id, name: '@a/committed', displayName: 'c', description: 'c', latestVersion: '1.0.0' } });
      return enqueueEvent(tx, { type: 'AgentCreated', tenantId: a.id, payload: { name: '@a/committed' } });
    });
    const row = await outboxRow(event.id);
    expect(row).toMatchObject({ type: 'AgentCreated', tenantId: a.id, payload: { name: '@a/committed' }, publishedAt: null, attempts: 0 });
  });

  it('rolls the event back with the change', async () => {
    let eventId = '';
    await expect(
      withTenant(app, { tenantId: a.id }, async (tx) => {
        await tx.agent.create({ data: { tenantId: a.id, name: '@a/rolled-back', displayName: 'r', description: 'r', latestVersion: '1.0.0' } });
        eventId = (await enqueueEvent(tx, { type: 'AgentCreated', tenantId: a.id, payload: {} })).id;
        throw new Error('validation failed after the write');
      }),
    ).rejects.toThrow('validation failed');
    expect(eventId).not.toBe('');
    expect(await outboxRow(eventId)).toBeNull();
    expect(await withSystem(worker, (tx) => tx.agent.count({ where: { name: '@a/rolled-back' } }))).toBe(0);
  });

  it('lets a tenant append global events but not events of, or reads from, another tenant', async () => {
    const global = await withTenant(app, { tenantId: a.id }, (tx) => enqueueEvent(tx, { type: 'CatalogChanged', tenantId: null, payload: {} }));
    expect(await outboxRow(global.id)).not.toBeNull();
    await expect(withTenant(app, { tenantId: a.id }, (tx) => enqueueEvent(tx, { type: 'Forged', tenantId: b.id, payload: {} }))).rejects.toThrow();
    await withTenant(app, { tenantId: b.id }, (tx) => enqueueEvent(tx, { type: 'Private', tenantId: b.id, payload: { secret: 1 } }));
    const visibleToA = await withTenant(app, { tenantId: a.id }, (tx) => tx.outboxEvent.findMany());
    expect(visibleToA.length).toBeGreaterThan(0);
    expect(visibleToA.every((e) => e.tenantId === a.id)).toBe(true);
  });
});

describe('OutboxRelay', () => {
  it('publishes every pending event once and marks it published', async () => {
    const bus = new FakeBus();
    const relay = new OutboxRelay({ db: worker, bus, batchSize: 2 });
    const ids = await withTenant(app, { tenantId: b.id }, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 3; i++) out.push((await enqueueEvent(tx, { type: 'Numbered', tenantId: b.id, payload: { i } })).id);
      return out;
    });
    await relay.flush();
    const delivered = bus.delivered.filter((e) => e.type === 'Numbered');
    expect(delivered.map((e) => e.id)).toEqual(ids);
    expect(delivered[0]).toMatchObject({ tenantId: b.id, payload: { i: 0 } });
    for (const id of ids) expect(await outboxRow(id)).toMatchObject({ attempts: 1, lastError: null, publishedAt: expect.any(Date) });
    await relay.flush();
    expect(bus.delivered.filter((e) => e.type === 'Numbered')).toHaveLength(3);
  });

  it('keeps a failed event, records the error and retries it later', async () => {
    const bus = new FakeBus();
    bus.failFor.add('Flaky');
    const relay = new OutboxRelay({ db: worker, bus });
    const event = await withTenant(app, { tenantId: a.id }, (tx) => enqueueEvent(tx, { type: 'Flaky', tenantId: a.id, payload: {} }));
    await relay.flush();
    expect(await outboxRow(event.id)).toMatchObject({ publishedAt: null, attempts: 1, lastError: 'bus down for Flaky' });
    bus.failFor.clear();
    await relay.flush();
    expect(bus.delivered.map((e) => e.id)).toContain(event.id);
    expect(await outboxRow(event.id)).toMatchObject({ attempts: 2, lastError: null, publishedAt: expect.any(Date) });
  });

  it('delivers in the background when started and notified', async () => {
    const bus = new FakeBus();
    const relay = new OutboxRelay({ db: worker, bus, pollIntervalMs: 50 });
    relay.start();
    try {
      const event = await withTenant(app, { tenantId: a.id }, (tx) => enqueueEvent(tx, { type: 'Background', tenantId: a.id, payload: {} }));
      relay.notify();
      await expect.poll(() => bus.delivered.some((e) => e.id === event.id), { timeout: 5_000 }).toBe(true);
    } finally {
      await relay.stop();
    }
  });
});

describe('processOnce', () => {
  it('runs a consumer’s writes once per event, even when the event is redelivered', async () => {
    const agent = await makeAgent(app, { tenantId: a.id, name: '@a/counted', downloads: 0 });
    const event: DomainEvent = { id: crypto.randomUUID(), type: 'AgentDownloaded', tenantId: a.id, occurredAt: new Date().toISOString(), payload: {} };
    const handle = () => processOnce(app, { consumer: 'test.download-counter', event }, async (tx) => {
      await tx.agent.update({ where: { id: agent.id }, data: { downloads: { increment: 1 } } });
    });
    expect(await handle()).toBe(true);
    expect(await handle()).toBe(false);
    const concurrent = await Promise.all([handle(), handle()]);
    expect(concurrent).toEqual([false, false]);
    const other = await processOnce(app, { consumer: 'test.other-consumer', event }, async () => {});
    expect(other).toBe(true);
    expect((await withTenant(app, { tenantId: a.id }, (tx) => tx.agent.findUniqueOrThrow({ where: { id: agent.id } }))).downloads).toBe(1);
  });

  it('lets exactly one of two concurrent first deliveries through', async () => {
    const event: DomainEvent = { id: crypto.randomUUID(), type: 'Race', tenantId: a.id, occurredAt: new Date().toISOString(), payload: {} };
    let runs = 0;
    const results = await Promise.all([0, 1].map(() => processOnce(app, { consumer: 'test.race', event }, async () => void runs++)));
    expect(results.sort()).toEqual([false, true]);
    expect(runs).toBe(1);
  });

  it('forgets the event when the handler fails, so the redelivery runs it', async () => {
    const event: DomainEvent = { id: crypto.randomUUID(), type: 'Retry', tenantId: a.id, occurredAt: new Date().toISOString(), payload: {} };
    await expect(processOnce(app, { consumer: 'test.retry', event }, async () => { throw new Error('transient'); })).rejects.toThrow('transient');
    expect(await processOnce(app, { consumer: 'test.retry', event }, async () => {})).toBe(true);
  });
});
