import { describe, expect, it } from 'vitest';
import { createBatchLoader } from './batch-loader';

describe('batch loader', () => {
  it('turns loads of one tick into one call, dedupes keys and maps misses to null', async () => {
    const calls: string[][] = [];
    const loader = createBatchLoader(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    const results = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => loader.load(k)));
    expect(results).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(await loader.load('a')).toBe('A');
    expect(calls).toHaveLength(1);
  });
  it('rejects every waiter of a failed batch', async () => {
    const loader = createBatchLoader<string, string>(async () => { throw new Error('db down'); });
    await expect(Promise.all([loader.load('x'), loader.load('y')])).rejects.toThrow('db down');
  });
});
