// Behaviour every Queue adapter must show; each adapter's test file runs this suite against it.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobContext, JobOutcome, Queue } from './queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` passes; the deadline only bounds a broken adapter, it is not a speed assertion. */
async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await sleep(20);
    }
  }
}

export function describeQueueContract(name: string, factory: () => Queue | Promise<Queue>): void {
  describe(`Queue contract: ${name}`, () => {
    const open: Queue[] = [];
    let q: string;
    const make = async () => {
      const queue = await factory();
      open.push(queue);
      return queue;
    };
    beforeEach(() => {
      q = `q-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((x) => x.close()));
    });

    it('processes an added job once, with its data, and records the result', async () => {
      const queue = await make();
      const seen: JobContext[] = [];
      const done: JobOutcome[] = [];
      queue.onCompleted((j) => done.push(j));
      queue.process(q, async (job) => {
        seen.push(job);
        return { doubled: (job.data as { n: number }).n * 2 };
      });
      const id = await queue.add(q, { n: 21 });
      await eventually(async () => expect(await queue.getJob(q, id)).toMatchObject({ state: 'completed', result: { doubled: 42 }, attemptsMade: 1 }));
      await sleep(100);
      expect(seen).toEqual([{ id, name: q, data: { n: 21 }, attempt: 1 }]);
      expect(done).toEqual([{ id, name: q, attemptsMade: 1, result: { doubled: 42 } }]);
    });

    it('adds a repeated jobId only once', async () => {
      const queue = await make();
      expect(await queue.add(q, { v: 1 }, { jobId: 'run-1-step-a' })).toBe('run-1-step-a');
      expect(await queue.add(q, { v: 2 }, { jobId: 'run-1-step-a' })).toBe('run-1-step-a');
      const runs: unknown[] = [];
      queue.process(q, async (job) => void runs.push(job.data));
      await eventually(async () => expect((await queue.getJob(q, 'run-1-step-a'))?.state).toBe('completed'));
      // Still kept after completion, so a replayed add cannot run the step a second time.
      expect(await queue.add(q, { v: 3 }, { jobId: 'run-1-step-a' })).toBe('run-1-step-a');
      await sleep(100);
      expect(runs).toEqual([{ v: 1 }]);
    });

    it('drops a finished job kept for a limited time, so its id can be added again', async () => {
      const queue = await make();
      const runs: unknown[] = [];
      queue.process(q, async (job) => void runs.push(job.data));
      await queue.add(q, { v: 1 }, { jobId: 'short-lived', keepFinishedMs: 1000 });
      await eventually(async () => expect((await queue.getJob(q, 'short-lived'))?.state).toBe('completed'));
      await sleep(1_200);
      // BullMQ sweeps expired jobs when later ones finish.
      await queue.add(q, { v: 2 }, { keepFinishedMs: 1000 });
      await eventually(async () => expect(await queue.getJob(q, 'short-lived')).toBeNull());
      await queue.add(q, { v: 3 }, { jobId: 'short-lived', keepFinishedMs: 1000 });
      await eventually(async () => expect(runs).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }]));
    });

    it('holds a delayed job back while later-added undelayed jobs run', async () => {
      const queue = await make();
      const order: string[] = [];
      const late = await queue.add(q, 'late', { delayMs: 300 });
      expect((await queue.getJob(q, late))?.state).toBe('delayed');
      await queue.add(q, 'now-1');
      await queue.add(q, 'now-2');
      queue.process(q, async (job) => void order.push(job.data as string));
      await eventually(() => expect(order).toHaveLength(3));
      expect(order).toEqual(['now-1', 'now-2', 'late']);
    });

    it('retries with exponential backoff up to the attempts, then fails with the last error', async () => {
      const queue = await make();
      const tries: { attempt: number; at: number }[] = [];
      const failed: JobOutcome[] = [];
      queue.onFailed((j) => failed.push(j));
      queue.process(q, async (job) => {
        tries.push({ attempt: job.attempt, at: Date.now() });
        throw new Error(`boom ${job.attempt}`);
      });
      const id = await queue.add(q, {}, { attempts: 3, backoff: { type: 'exponential', delayMs: 100 } });
      await eventually(async () => expect((await queue.getJob(q, id))?.state).toBe('failed'));
      expect(await queue.getJob(q, id)).toMatchObject({ state: 'failed', attemptsMade: 3, error: 'boom 3' });
      expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
      // Backoff grows: at least 100 ms before retry 1 and 200 ms before retry 2 (lower bounds only).
      expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(90);
      expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(190);
      expect(failed).toEqual([{ id, name: q, attemptsMade: 3, error: 'boom 3' }]);
    });

    it('lets a retried job succeed and reports it completed, not failed', async () => {
      const queue = await make();
      const failed: JobOutcome[] = [];
      queue.onFailed((j) => failed.push(j));
      queue.process(q, async (job) => {
        if (job.attempt < 2) throw new Error('flaky');
        return 'ok';
      });
      const id = await queue.add(q, {}, { attempts: 3, backoff: { type: 'fixed', delayMs: 20 } });
      await eventually(async () => expect(await queue.getJob(q, id)).toMatchObject({ state: 'completed', result: 'ok', attemptsMade: 2 }));
      expect(failed).toEqual([]);
    });

    it('never runs more jobs at once than the concurrency', async () => {
      const queue = await make();
      let inFlight = 0;
      let maxInFlight = 0;
      let finished = 0;
      queue.process(
        q,
        async () => {
          maxInFlight = Math.max(maxInFlight, ++inFlight);
          await sleep(40);
          inFlight--;
          finished++;
        },
        { concurrency: 3 },
      );
      for (let i = 0; i < 10; i++) await queue.add(q, i);
      await eventually(() => expect(finished).toBe(10));
      expect(maxInFlight).toBe(3);
    });

    it('shares jobs between two workers without running any twice', async () => {
      const queue = await make();
      const runs = new Map<number, number>();
      const byWorker = [0, 0];
      const handler = (w: number) => async (job: JobContext) => {
        byWorker[w]!++;
        runs.set(job.data as number, (runs.get(job.data as number) ?? 0) + 1);
        await sleep(20);
      };
      queue.process(q, handler(0));
      queue.process(q, handler(1));
      for (let i = 0; i < 12; i++) await queue.add(q, i);
      await eventually(() => expect(runs.size).toBe(12));
      await sleep(100);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(byWorker[0]).toBeGreaterThan(0);
      expect(byWorker[1]).toBeGreaterThan(0);
    });

    it('after close() a worker finishes its running job but takes no new ones', async () => {
      const queue = await make();
      const started: number[] = [];
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const worker = queue.process(
        q,
        async (job) => {
          started.push(job.data as number);
          await gate;
          return 'finished';
        },
        { concurrency: 2 },
      );
      const first = await queue.add(q, 1);
      await eventually(() => expect(started).toEqual([1]));
      const closing = worker.close();
      // The worker has a free slot while it waits for job 1, yet a closing worker must not fill it.
      const second = await queue.add(q, 2);
      await sleep(200);
      expect(await queue.remove(q, first)).toBe(false);
      release();
      await closing;
      expect(await queue.getJob(q, first)).toMatchObject({ state: 'completed', result: 'finished' });
      await sleep(100);
      expect(started).toEqual([1]);
      expect((await queue.getJob(q, second))?.state).toBe('waiting');
    });

    it('removes a waiting job so it never runs, and reports unknown ids as null', async () => {
      const queue = await make();
      const id = await queue.add(q, 'x', { delayMs: 100 });
      expect(await queue.remove(q, id)).toBe(true);
      expect(await queue.getJob(q, id)).toBeNull();
      expect(await queue.remove(q, id)).toBe(false);
      const runs: unknown[] = [];
      queue.process(q, async (job) => void runs.push(job.data));
      await sleep(250);
      expect(runs).toEqual([]);
      expect(await queue.getJob(q, 'no-such-job')).toBeNull();
    });

    it('runs prioritized jobs in priority order', async () => {
      const queue = await make();
      const order: string[] = [];
      await queue.add(q, 'p3', { priority: 3 });
      await queue.add(q, 'p1', { priority: 1 });
      await queue.add(q, 'p2', { priority: 2 });
      queue.process(q, async (job) => void order.push(job.data as string));
      await eventually(() => expect(order).toHaveLength(3));
      expect(order).toEqual(['p1', 'p2', 'p3']);
    });

    it('rejects invalid options before enqueuing anything', async () => {
      const queue = await make();
      await expect(queue.add(q, {}, { attempts: 0, jobId: 'bad' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'attempts' });
      expect(await queue.getJob(q, 'bad')).toBeNull();
      for (const jobId of ['42', 'run:1', '']) await expect(queue.add(q, {}, { jobId })).rejects.toMatchObject({ field: 'jobId' });
      expect(() => queue.process(q, async () => undefined, { concurrency: 0 })).toThrow(expect.objectContaining({ field: 'concurrency' }));
    });
  });
}
