// Fan-out over a list with at most `limit` items in flight, results in input order (not completion order).
import type { NodeExecutor } from './engine-types';

export async function mapWithLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      if (signal?.aborted) throw new Error('map aborted');
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  }
  const width = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: width }, () => worker()));
  return results;
}

/** A map node: the item function (JSONata, an agent call…) is supplied by whoever registers the executor. */
export function createMapExecutor(itemFn: (item: unknown, index: number, signal: AbortSignal) => Promise<unknown>): NodeExecutor {
  return async ({ node, input, signal }) => {
    if (!Array.isArray(input)) throw Object.assign(new Error(`map "${node.id}" needs a list input`), { code: 'INVALID_INPUT' });
    const limit = typeof node.config.concurrency === 'number' ? node.config.concurrency : 1;
    return { output: await mapWithLimit(input, limit, (item, i) => itemFn(item, i, signal), signal) };
  };
}
