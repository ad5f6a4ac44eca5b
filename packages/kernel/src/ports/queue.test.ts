// Runs the Queue contract on the memory adapter always, and on BullMQ when a Redis server is reachable.
import { detectRedis, uniqueRunId } from '@nexus/testing/services';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BullMqQueueAdapter } from '../adapters/bullmq-queue';
import { createQueue } from '../adapters/create-adapters';
import { MemoryQueueAdapter } from '../adapters/memory-queue';
import { describeQueueContract } from './queue.contract';

describeQueueContract('MemoryQueueAdapter', () => new MemoryQueueAdapter());

const redisUrl = await detectRedis('BullMqQueueAdapter suite skipped; memory adapter covered');
// Queue names are random per test too; the prefix keeps this run's keys apart from the platform's and other runs'.
const prefix = uniqueRunId('queue');

// BullMQ keeps finished jobs (so getJob and jobId dedup work); drop this run's keys once it is over.
afterAll(async () => {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
    if (keys.length > 0) await redis.unlink(...keys);
  }
  await redis.quit();
});

describe.skipIf(!redisUrl)('BullMqQueueAdapter', () => {
  describeQueueContract('BullMqQueueAdapter', () => new BullMqQueueAdapter({ url: redisUrl!, prefix }));
});

describe.skipIf(!redisUrl)('BullMqQueueAdapter crash safety', () => {
  it('re-delivers a job whose worker died mid-run once its lock expires', async () => {
    const q = uniqueRunId('stall');
    const opts = { url: redisUrl!, prefix, lockDurationMs: 300 };
    const crashed = new BullMqQueueAdapter(opts);
    const survivor = new BullMqQueueAdapter(opts);
    const seen: string[] = [];
    let release!: () => void;
    const hang = new Promise<void>((r) => (release = r));
    crashed.process(q, async (job) => {
      seen.push(`crashed:${job.attempt}`);
      await hang;
    });
    const id = await crashed.add(q, { step: 'a' });
    await vi.waitFor(() => expect(seen).toEqual(['crashed:1']));
    // A dead process renews no locks: cutting this adapter's Redis connection does the same to its worker.
    (crashed as unknown as { redis: { disconnect(): void } }).redis.disconnect();
    survivor.process(q, async (job) => {
      seen.push(`survivor:${job.attempt}`);
      return 'recovered';
    });
    await vi.waitFor(async () => expect(await survivor.getJob(q, id)).toMatchObject({ state: 'completed', result: 'recovered' }), { timeout: 10_000, interval: 50 });
    // A stall is not a failed try, so the survivor still sees attempt 1.
    expect(seen).toEqual(['crashed:1', 'survivor:1']);
    release();
    await survivor.close();
    // A graceful close would wait out BullMQ's retries on the cut connection; a dead process would not close at all.
    const internals = crashed as unknown as { workers: Map<{ close(force: boolean): Promise<void> }, unknown> };
    await Promise.all([...internals.workers.keys()].map((w) => w.close(true)));
    internals.workers.clear();
    await crashed.close();
  }, 20_000);
});

describe('createQueue', () => {
  it('gives the memory adapter without a Redis URL and BullMQ with one', async () => {
    const embedded = createQueue();
    expect(embedded).toBeInstanceOf(MemoryQueueAdapter);
    await embedded.close();
    if (!redisUrl) return;
    const shared = createQueue({ redisUrl, prefix });
    expect(shared).toBeInstanceOf(BullMqQueueAdapter);
    await shared.close();
  });
});
