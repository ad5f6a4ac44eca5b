// Behaviour every RateLimiter adapter must show; each adapter's test file runs this suite against it.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateLimiter, RateLimiterOptions } from './rate-limiter';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeRateLimiterContract(name: string, factory: (opts: RateLimiterOptions) => RateLimiter | Promise<RateLimiter>): void {
  describe(`RateLimiter contract: ${name}`, () => {
    const open: RateLimiter[] = [];
    let key: string;
    const make = async (opts: RateLimiterOptions) => {
      const l = await factory(opts);
      open.push(l);
      return l;
    };
    beforeEach(() => {
      key = `k-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((l) => l.close()));
    });

    it('allows a burst up to capacity, then denies with the time until one token is back', async () => {
      const limiter = await make({ capacity: 3, refillPerSecond: 1 });
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await limiter.take(key));
      expect(results.slice(0, 3).map((r) => [r.allowed, r.remaining, r.retryAfterSeconds])).toEqual([
        [true, 2, 0],
        [true, 1, 0],
        [true, 0, 0],
      ]);
      expect(results[3]).toMatchObject({ allowed: false, remaining: 0 });
      // One token per second; a few ms have passed since the bucket emptied.
      expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0.8);
      expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(1);
    });

    it('refills over time, and waiting retryAfterSeconds is enough', async () => {
      const limiter = await make({ capacity: 2, refillPerSecond: 5 });
      await limiter.take(key);
      await limiter.take(key);
      const denied = await limiter.take(key);
      expect(denied.allowed).toBe(false);
      expect(denied.retryAfterSeconds).toBeGreaterThan(0.1);
      expect(denied.retryAfterSeconds).toBeLessThanOrEqual(0.2);
      await sleep(denied.retryAfterSeconds * 1000 + 20);
      expect((await limiter.take(key)).allowed).toBe(true);
      expect((await limiter.take(key)).allowed).toBe(false);
    });

    it('never refills past capacity', async () => {
      const limiter = await make({ capacity: 2, refillPerSecond: 100 });
      await limiter.take(key);
      await sleep(100);
      expect(await limiter.take(key)).toMatchObject({ allowed: true, remaining: 1 });
    });

    it('charges a cost, scales retryAfter with it, and takes nothing when it denies', async () => {
      const limiter = await make({ capacity: 5, refillPerSecond: 1 });
      expect(await limiter.take(key, 4)).toMatchObject({ allowed: true, remaining: 1 });
      const denied = await limiter.take(key, 3);
      expect(denied).toMatchObject({ allowed: false, remaining: 1 });
      expect(denied.retryAfterSeconds).toBeGreaterThan(1.8);
      expect(denied.retryAfterSeconds).toBeLessThanOrEqual(2);
      expect(await limiter.take(key, 1)).toMatchObject({ allowed: true, remaining: 0 });
    });

    it('keeps keys independent', async () => {
      const limiter = await make({ capacity: 1, refillPerSecond: 0.1 });
      expect((await limiter.take(`${key}:a`)).allowed).toBe(true);
      expect((await limiter.take(`${key}:a`)).allowed).toBe(false);
      expect((await limiter.take(`${key}:b`)).allowed).toBe(true);
    });

    it('uses per-call limits instead of its own, per key, and keeps the tokens when a bucket is resized', async () => {
      const limiter = await make({ capacity: 100, refillPerSecond: 100 });
      const small = { capacity: 2, refillPerSecond: 1 };
      expect(await limiter.take(`${key}:a`, 1, small)).toMatchObject({ allowed: true, remaining: 1 });
      expect(await limiter.take(`${key}:a`, 1, small)).toMatchObject({ allowed: true, remaining: 0 });
      const denied = await limiter.take(`${key}:a`, 1, small);
      expect(denied.allowed).toBe(false);
      expect(denied.retryAfterSeconds).toBeGreaterThan(0.8);
      expect(denied.retryAfterSeconds).toBeLessThanOrEqual(1);
      // Another key on the same limiter gets its own size; without limits, the limiter's own.
      expect(await limiter.take(`${key}:b`, 1, { capacity: 5, refillPerSecond: 1 })).toMatchObject({ allowed: true, remaining: 4 });
      expect(await limiter.take(`${key}:c`)).toMatchObject({ allowed: true, remaining: 99 });
      // Growing the bucket (a plan upgrade) does not hand out a fresh burst at once: it refills at the new rate.
      expect((await limiter.take(`${key}:a`, 1, { capacity: 10, refillPerSecond: 0.1 })).allowed).toBe(false);
      await expect(limiter.take(`${key}:a`, 3, small)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      await expect(limiter.take(`${key}:a`, 1, { capacity: 0, refillPerSecond: 1 })).rejects.toMatchObject({ code: 'INTERNAL' });
    });

    it('refuses a cost larger than the bucket, which could never be allowed', async () => {
      const limiter = await make({ capacity: 3, refillPerSecond: 1 });
      await expect(limiter.take(key, 4)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      expect((await limiter.take(key, 3)).allowed).toBe(true);
    });
  });
}
