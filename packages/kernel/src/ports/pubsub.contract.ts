// Behaviour every PubSub adapter must show; each adapter's test file runs this suite against it.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PubSub } from './pubsub';

export type PubSubFactory = (opts?: { bufferSize?: number }) => PubSub | Promise<PubSub>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads n messages, failing instead of hanging when they do not come. */
async function take<T>(it: AsyncIterator<T>, n: number, timeoutMs = 2_000): Promise<T[]> {
  const out: T[] = [];
  const deadline = sleep(timeoutMs).then(() => 'timeout' as const);
  while (out.length < n) {
    const r = await Promise.race([it.next(), deadline]);
    if (r === 'timeout') throw new Error(`got ${out.length} of ${n} messages: ${JSON.stringify(out)}`);
    if (r.done) throw new Error(`iterator ended after ${out.length} of ${n} messages`);
    out.push(r.value);
  }
  return out;
}

/** True when nothing arrives within ms. Leaves a read pending, so call it last, before return(). */
async function staysQuiet(it: AsyncIterator<unknown>, ms = 150): Promise<boolean> {
  return (await Promise.race([it.next().then(() => 'message'), sleep(ms).then(() => 'quiet')])) === 'quiet';
}

export function describePubSubContract(name: string, factory: PubSubFactory): void {
  describe(`PubSub contract: ${name}`, () => {
    const open: PubSub[] = [];
    let bus: PubSub;
    let topic: string;
    const make = async (opts?: { bufferSize?: number }) => {
      const p = await factory(opts);
      open.push(p);
      return p;
    };

    beforeEach(async () => {
      topic = `t-${randomUUID().slice(0, 8)}`;
      bus = await make();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((p) => p.close()));
    });

    it('delivers a topic’s messages in publish order, objects intact', async () => {
      const sub = bus.subscribe<{ n: number; tags: string[] }>(topic);
      for (let n = 0; n < 50; n++) await bus.publish(topic, { n, tags: ['a', 'b'] });
      const got = await take(sub, 50);
      expect(got.map((m) => m.n)).toEqual(Array.from({ length: 50 }, (_, n) => n));
      expect(got[0]).toEqual({ n: 0, tags: ['a', 'b'] });
      await sub.return();
    });

    it('gives every subscriber of a topic every message', async () => {
      const a = bus.subscribe<number>(topic);
      const b = bus.subscribe<number>(topic);
      await Promise.all([1, 2, 3].map((n) => bus.publish(topic, n)));
      expect((await take(a, 3)).sort()).toEqual([1, 2, 3]);
      expect((await take(b, 3)).sort()).toEqual([1, 2, 3]);
      await Promise.all([a.return(), b.return()]);
    });

    it('keeps topics apart', async () => {
      const mine = bus.subscribe<string>(topic);
      const other = bus.subscribe<string>(`${topic}-other`);
      await bus.publish(`${topic}-other`, 'not for mine');
      await bus.publish(topic, 'for mine');
      expect(await take(mine, 1)).toEqual(['for mine']);
      expect(await take(other, 1)).toEqual(['not for mine']);
      expect(await staysQuiet(mine)).toBe(true);
      await Promise.all([mine.return(), other.return()]);
    });

    it('does not replay messages published before the subscription', async () => {
      await bus.publish(topic, 'old');
      const sub = bus.subscribe<string>(topic);
      await bus.publish(topic, 'new');
      expect(await take(sub, 1)).toEqual(['new']);
      await sub.return();
    });

    it('return() ends that subscription only; the other subscriber keeps receiving', async () => {
      const leaving = bus.subscribe<number>(topic);
      const staying = bus.subscribe<number>(topic);
      await bus.publish(topic, 1);
      expect(await take(leaving, 1)).toEqual([1]);
      expect(await leaving.return()).toEqual({ value: undefined, done: true });
      await bus.publish(topic, 2);
      expect(await leaving.next()).toEqual({ value: undefined, done: true });
      expect(await take(staying, 2)).toEqual([1, 2]);
      await staying.return();
    });

    it('breaking out of for-await unsubscribes, and a later subscription to the topic still works', async () => {
      const first = bus.subscribe<number>(topic);
      await bus.publish(topic, 1);
      for await (const n of first) {
        expect(n).toBe(1);
        break;
      }
      expect(await first.next()).toEqual({ value: undefined, done: true });
      const again = bus.subscribe<number>(topic);
      await bus.publish(topic, 2);
      expect(await take(again, 1)).toEqual([2]);
      await again.return();
    });

    it('a reader that falls behind keeps the newest messages, up to its buffer size', async () => {
      const small = await make({ bufferSize: 3 });
      const sub = small.subscribe<number>(topic);
      for (let n = 1; n <= 6; n++) await small.publish(topic, n);
      await sleep(150); // let every message land in the buffer before reading
      expect(await take(sub, 3)).toEqual([4, 5, 6]);
      await small.publish(topic, 7);
      expect(await take(sub, 1)).toEqual([7]);
      await sub.return();
    });

    it('close() ends open subscriptions', async () => {
      const closing = await make();
      const sub = closing.subscribe(topic);
      const pending = sub.next();
      await closing.close();
      expect(await pending).toEqual({ value: undefined, done: true });
    });
  });
}
