// Behaviour every EventBus adapter must show; each adapter's test file runs this suite against it.
// The factory's adapter should retry failed handlers after ~100 ms so the redelivery tests stay quick.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomainEvent, EventBus } from './event-bus';

export interface EventBusContractOptions {
  /** True when a second bus from the factory reads what the first published (NATS), false when durability ends with the instance (memory). */
  durableAcrossInstances: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const eventually = (fn: () => void) => vi.waitFor(fn, { timeout: 5_000, interval: 20 });
const uid = () => randomUUID().replaceAll('-', '').slice(0, 10);

export function describeEventBusContract(name: string, factory: () => Promise<EventBus>, opts: EventBusContractOptions): void {
  describe(`EventBus contract: ${name}`, () => {
    const open: EventBus[] = [];
    const make = async () => {
      const b = await factory();
      open.push(b);
      return b;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((b) => b.close()));
    });

    // Types and consumer names are unique per test, so a stream shared by the whole file never mixes tests.
    const fixture = () => {
      const run = uid();
      const type = (t: string) => `${t}_${run}`;
      const consumer = (c: string) => `${c}_${run}`;
      const event = (t: string, payload: unknown = {}, id = randomUUID()): DomainEvent => ({
        id,
        type: type(t),
        tenantId: 'tenant-1',
        occurredAt: new Date().toISOString(),
        payload,
      });
      const seen: Record<string, DomainEvent[]> = {};
      const recorder = (c: string) => async (e: DomainEvent) => void (seen[c] ??= []).push(e);
      const ids = (c: string) => (seen[c] ?? []).map((e) => e.id);
      return { type, consumer, event, recorder, ids, seen };
    };

    it('delivers a published event, all fields intact, to a durable consumer of its type', async () => {
      const bus = await make();
      const f = fixture();
      await bus.subscribe(f.consumer('mailer'), [f.type('ApiKeyRevoked')], f.recorder('mailer'));
      const e = f.event('ApiKeyRevoked', { keyId: 'k1', reasons: ['leaked'] });
      await bus.publish(e);
      await eventually(() => expect(f.seen.mailer).toEqual([e]));
    });

    it('delivers in publish order to one consumer, and only the types it asked for', async () => {
      const bus = await make();
      const f = fixture();
      await bus.subscribe(f.consumer('audit'), [f.type('A'), f.type('B')], f.recorder('audit'));
      const wanted: string[] = [];
      for (let i = 0; i < 20; i++) {
        const e = f.event(i % 2 ? 'A' : 'B', { i });
        wanted.push(e.id);
        await bus.publish(e);
        await bus.publish(f.event('Unrelated'));
      }
      await eventually(() => expect(f.ids('audit')).toHaveLength(20));
      expect(f.ids('audit')).toEqual(wanted);
    });

    it('gives every event to each of two consumers', async () => {
      const bus = await make();
      const f = fixture();
      await bus.subscribe(f.consumer('search'), [f.type('Published')], f.recorder('search'));
      await bus.subscribe(f.consumer('billing'), [f.type('Published')], f.recorder('billing'));
      const events = [f.event('Published'), f.event('Published'), f.event('Published')];
      for (const e of events) await bus.publish(e);
      await eventually(() => expect(f.ids('search')).toEqual(events.map((e) => e.id)));
      await eventually(() => expect(f.ids('billing')).toEqual(events.map((e) => e.id)));
    });

    it('redelivers an event whose handler threw, without holding up the events after it', async () => {
      const bus = await make();
      const f = fixture();
      const attempts: string[] = [];
      const first = f.event('Flaky');
      await bus.subscribe(f.consumer('flaky'), [f.type('Flaky')], async (e) => {
        attempts.push(e.id);
        if (e.id === first.id && attempts.filter((id) => id === first.id).length === 1) throw new Error('transient');
      });
      const second = f.event('Flaky');
      await bus.publish(first);
      await bus.publish(second);
      await eventually(() => expect(attempts).toEqual([first.id, second.id, first.id]));
      await sleep(300);
      expect(attempts).toHaveLength(3);
    });

    it('gives a consumer registered after a publish the events published before it', async () => {
      const bus = await make();
      const f = fixture();
      const early = [f.event('Created'), f.event('Created')];
      for (const e of early) await bus.publish(e);
      await bus.subscribe(f.consumer('late'), [f.type('Created')], f.recorder('late'));
      await eventually(() => expect(f.ids('late')).toEqual(early.map((e) => e.id)));
    });

    it('after stop() a consumer receives nothing, and on resubscribe gets what it missed and nothing twice', async () => {
      const bus = await make();
      const f = fixture();
      const sub = await bus.subscribe(f.consumer('resumable'), [f.type('Tick')], f.recorder('resumable'));
      const before = f.event('Tick');
      await bus.publish(before);
      await eventually(() => expect(f.ids('resumable')).toEqual([before.id]));
      await sub.stop();
      const missed = f.event('Tick');
      await bus.publish(missed);
      await sleep(200);
      expect(f.ids('resumable')).toEqual([before.id]);
      await bus.subscribe(f.consumer('resumable'), [f.type('Tick')], f.recorder('resumable'));
      await eventually(() => expect(f.ids('resumable')).toEqual([before.id, missed.id]));
    });

    it('delivers an event id published twice only once', async () => {
      const bus = await make();
      const f = fixture();
      await bus.subscribe(f.consumer('dedup'), [f.type('Paid')], f.recorder('dedup'));
      const e = f.event('Paid');
      await bus.publish(e);
      await bus.publish({ ...e });
      // In-order delivery means a duplicate would arrive before this sentinel.
      const sentinel = f.event('Paid');
      await bus.publish(sentinel);
      await eventually(() => expect(f.ids('dedup')).toContain(sentinel.id));
      expect(f.ids('dedup')).toEqual([e.id, sentinel.id]);
    });

    it('refuses event types and consumer names that cannot be subjects or durable names', async () => {
      const bus = await make();
      const f = fixture();
      await expect(bus.publish({ ...f.event('X'), type: 'has.dot' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(bus.subscribe('has space', [f.type('X')], async () => {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(bus.subscribe(f.consumer('c'), ['wild*'], async () => {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it.runIf(opts.durableAcrossInstances)('keeps events for a consumer across a restart of the publishing process', async () => {
      const f = fixture();
      const publisher = await make();
      const e = f.event('Survives');
      await publisher.publish(e);
      await publisher.close();
      const restarted = await make();
      await restarted.subscribe(f.consumer('after-restart'), [f.type('Survives')], f.recorder('after-restart'));
      await eventually(() => expect(f.ids('after-restart')).toEqual([e.id]));
    });
  });
}
