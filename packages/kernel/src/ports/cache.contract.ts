// Behaviour every Cache adapter must show; each adapter's test file runs this suite against it.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cache } from './cache';

export interface CacheContractOptions {
  /**
   * True when two caches from the factory share one store, as two app processes share Redis:
   * then a write or delete through one must be seen by the other even though each keeps an L1.
   */
  shared?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeCacheContract(name: string, factory: () => Cache | Promise<Cache>, opts: CacheContractOptions = {}): void {
  describe(`Cache contract: ${name}`, () => {
    const open: Cache[] = [];
    let cache: Cache;
    // Keys are namespaced per test so a shared store never mixes tests.
    let ns: string;
    const make = async () => {
      const c = await factory();
      open.push(c);
      return c;
    };

    beforeEach(async () => {
      ns = `t-${randomUUID().slice(0, 8)}:`;
      cache = await make();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((c) => c.close()));
    });

    it('returns undefined for a key never set, and the value once set', async () => {
      expect(await cache.get(`${ns}missing`)).toBeUndefined();
      await cache.set(`${ns}k`, 'v', 60);
      expect(await cache.get(`${ns}k`)).toBe('v');
    });

    it('round-trips objects, arrays, numbers, booleans and null', async () => {
      const value = { a: 1, nested: { list: [1, 'two', { three: 3 }], flag: false }, nothing: null, text: 'é' };
      await cache.set(`${ns}obj`, value, 60);
      expect(await cache.get(`${ns}obj`)).toEqual(value);
      await cache.set(`${ns}zero`, 0, 60);
      expect(await cache.get(`${ns}zero`)).toBe(0);
    });

    it('hands out copies: mutating a value read from the cache does not change the cached one', async () => {
      await cache.set(`${ns}obj`, { n: 1 }, 60);
      const read = await cache.get<{ n: number }>(`${ns}obj`);
      read!.n = 99;
      expect(await cache.get(`${ns}obj`)).toEqual({ n: 1 });
    });

    it('forgets a value once its TTL has passed', async () => {
      await cache.set(`${ns}short`, 'soon gone', 1);
      await cache.set(`${ns}long`, 'stays', 60);
      expect(await cache.get(`${ns}short`)).toBe('soon gone');
      await sleep(1_150);
      expect(await cache.get(`${ns}short`)).toBeUndefined();
      expect(await cache.get(`${ns}long`)).toBe('stays');
    });

    it('overwrites a value with set', async () => {
      await cache.set(`${ns}k`, 1, 60);
      await cache.set(`${ns}k`, 2, 60);
      expect(await cache.get(`${ns}k`)).toBe(2);
    });

    it('refuses a TTL that is not positive', async () => {
      await expect(cache.set(`${ns}k`, 1, 0)).rejects.toThrow(/TTL/);
      await expect(cache.getOrSet(`${ns}k`, -1, async () => 1)).rejects.toThrow(/TTL/);
    });

    it('deletes one key and tolerates deleting a missing one', async () => {
      await cache.set(`${ns}a`, 1, 60);
      await cache.set(`${ns}b`, 2, 60);
      await cache.delete(`${ns}a`);
      await cache.delete(`${ns}never-set`);
      expect(await cache.get(`${ns}a`)).toBeUndefined();
      expect(await cache.get(`${ns}b`)).toBe(2);
    });

    it('deleteByPrefix removes exactly the keys that start with the prefix and counts them', async () => {
      await cache.set(`${ns}tenant:abc:1`, 1, 60);
      await cache.set(`${ns}tenant:abc:2`, 2, 60);
      await cache.set(`${ns}tenant:abcd:3`, 3, 60);
      await cache.set(`${ns}tenant:xyz:1`, 4, 60);
      // Reads first, so values sitting in an L1 must be dropped too.
      expect(await cache.get(`${ns}tenant:abc:1`)).toBe(1);
      expect(await cache.deleteByPrefix(`${ns}tenant:abc:`)).toBe(2);
      expect(await cache.get(`${ns}tenant:abc:1`)).toBeUndefined();
      expect(await cache.get(`${ns}tenant:abc:2`)).toBeUndefined();
      expect(await cache.get(`${ns}tenant:abcd:3`)).toBe(3);
      expect(await cache.get(`${ns}tenant:xyz:1`)).toBe(4);
    });

    it('deleteByPrefix treats glob characters in the prefix literally', async () => {
      await cache.set(`${ns}a*[1]:x`, 1, 60);
      await cache.set(`${ns}ab[1]:x`, 2, 60);
      await cache.set(`${ns}a1:x`, 3, 60);
      expect(await cache.deleteByPrefix(`${ns}a*[1]:`)).toBe(1);
      expect(await cache.get(`${ns}ab[1]:x`)).toBe(2);
      expect(await cache.get(`${ns}a1:x`)).toBe(3);
    });

    it('getOrSet computes once for 20 concurrent callers and then serves the stored value', async () => {
      const compute = vi.fn(async () => {
        await sleep(50);
        return { computed: true };
      });
      const results = await Promise.all(Array.from({ length: 20 }, () => cache.getOrSet(`${ns}hot`, 60, compute)));
      expect(compute).toHaveBeenCalledTimes(1);
      expect(results).toEqual(Array.from({ length: 20 }, () => ({ computed: true })));
      expect(await cache.getOrSet(`${ns}hot`, 60, compute)).toEqual({ computed: true });
      expect(await cache.get(`${ns}hot`)).toEqual({ computed: true });
      expect(compute).toHaveBeenCalledTimes(1);
    });

    it('getOrSet passes a failure to every waiting caller, caches nothing, and computes again next time', async () => {
      const failing = vi.fn(async () => {
        await sleep(20);
        throw new Error('backend down');
      });
      const settled = await Promise.allSettled(Array.from({ length: 5 }, () => cache.getOrSet(`${ns}flaky`, 60, failing)));
      expect(settled.every((s) => s.status === 'rejected')).toBe(true);
      expect(failing).toHaveBeenCalledTimes(1);
      expect(await cache.get(`${ns}flaky`)).toBeUndefined();
      expect(await cache.getOrSet(`${ns}flaky`, 60, async () => 'recovered')).toBe('recovered');
    });

    describe.runIf(opts.shared)('two processes sharing the store', () => {
      // The write goes out before the invalidation message arrives, so the peer is given a moment.
      const eventually = (fn: () => Promise<void>) => vi.waitFor(fn, { timeout: 2_000, interval: 20 });

      it('a delete or deleteByPrefix in one process is seen by the other despite its L1', async () => {
        const other = await make();
        await cache.set(`${ns}user:1`, 'a', 60);
        await cache.set(`${ns}user:2`, 'b', 60);
        expect(await other.get(`${ns}user:1`)).toBe('a');
        expect(await other.get(`${ns}user:2`)).toBe('b');
        await cache.delete(`${ns}user:1`);
        await eventually(async () => expect(await other.get(`${ns}user:1`)).toBeUndefined());
        await cache.deleteByPrefix(`${ns}user:`);
        await eventually(async () => expect(await other.get(`${ns}user:2`)).toBeUndefined());
      });

      it('an overwrite in one process replaces the value the other has in L1', async () => {
        const other = await make();
        await cache.set(`${ns}plan`, 'free', 60);
        expect(await other.get(`${ns}plan`)).toBe('free');
        await cache.set(`${ns}plan`, 'pro', 60);
        await eventually(async () => expect(await other.get(`${ns}plan`)).toBe('pro'));
      });
    });
  });
}
