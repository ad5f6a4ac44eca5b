// The run worker of one process: takes run jobs from the Queue port, passes cancel messages to the runs it drives,
// and sweeps for runs nobody drives (a dead worker's, or due wake-ups an embedded queue lost with its process).
import { setMaxListeners } from 'node:events';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Queue, QueueWorker } from '@nexus/kernel/ports/queue';
import { driveRun, type DriverDeps } from './run-driver';
import type { RunStore } from './run-store';

export const RUN_QUEUE = 'workflow-runs';
export const CANCEL_TOPIC = 'workflows.cancel';

export interface RunJob {
  runId: string;
  /** Resume a waiting node by token (its id), with an optional replacement output. */
  token?: string;
  payload?: unknown;
}

export interface RunJobs {
  /** Queues the run's next drive; `key` makes the job id unique per reason (epoch, wake time, resume). */
  enqueue(job: RunJob, key: string, delayMs?: number): Promise<void>;
  /** Queues the wake-up of a waiting run for when its earliest timed wait is due. */
  wakeAt(runId: string, at: Date): Promise<void>;
}

export function createRunJobs(queue: Queue): RunJobs {
  const enqueue: RunJobs['enqueue'] = async (job, key, delayMs) => {
    // Ids are never replayed (each names an epoch, a wake-up time or a resume), so finished jobs need not be kept long.
    await queue.add(RUN_QUEUE, job, {
      jobId: `${job.runId}-${key}`, ...(delayMs && delayMs > 0 ? { delayMs } : {}), attempts: 3, backoff: { type: 'exponential', delayMs: 1000 },
      keepFinishedMs: 3_600_000,
    });
  };
  return { enqueue, wakeAt: (runId, at) => enqueue({ runId }, `wake-${at.getTime()}`, at.getTime() - Date.now()) };
}

export interface RunWorkerOptions {
  queue: Queue;
  store: RunStore;
  pubsub: PubSub;
  jobs: RunJobs;
  driver: DriverDeps;
  /** Run jobs at once in this process. */
  concurrency: number;
  /** How often to look for runs without a worker (default 5 s); 0 turns the sweep off. */
  sweepIntervalMs?: number;
  logger: Logger;
}

export interface RunWorker {
  /** One sweep now; returns the runs re-queued. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export function startRunWorker(o: RunWorkerOptions): RunWorker {
  const active = new Map<string, () => void>();
  const shutdown = new AbortController();
  // Each run being driven listens for the shutdown.
  setMaxListeners(o.concurrency * 2 + 10, shutdown.signal);
  const deps = o.driver;

  // Two jobs of one run can reach this process at once (a stalled job re-delivered while the sweep re-queues the run,
  // a resume arriving during a timed wake-up). The lease fences other processes, not this one: its own owner id could
  // claim the run twice. So the drives of one run take turns here; the later one then finds the run as the first left it.
  const turns = new Map<string, Promise<unknown>>();
  const inTurn = async <T>(runId: string, drive: () => Promise<T>): Promise<T> => {
    const mine = (turns.get(runId) ?? Promise.resolve()).catch(() => undefined).then(drive);
    turns.set(runId, mine);
    try {
      return await mine;
    } finally {
      if (turns.get(runId) === mine) turns.delete(runId);
    }
  };

  const worker: QueueWorker = o.queue.process<RunJob, string>(RUN_QUEUE, async (job) => {
    const { runId, token, payload } = job.data;
    return inTurn(runId, () => driveRun(deps, runId, {
      signal: shutdown.signal,
      ...(token ? { token } : {}),
      ...(payload !== undefined ? { payload } : {}),
      onActive: (cancel) => {
        active.set(runId, cancel);
        return () => active.delete(runId);
      },
    }));
  }, { concurrency: o.concurrency });

  // Cancel requests reach whichever process drives the run; the lease renewal also sees the flag, should one be missed.
  const cancels = o.pubsub.subscribe<{ runId: string }>(CANCEL_TOPIC);
  void (async () => {
    for await (const message of cancels) active.get(message.runId)?.();
  })().catch((err: unknown) => o.logger.warn({ err }, 'cancel listener stopped'));

  const graceMs = Math.max(o.driver.leaseMs * 2, 10_000);
  const sweep = async (): Promise<number> => {
    const due = await o.store.sweep(graceMs);
    for (const { runId, epoch } of due) await o.jobs.enqueue({ runId }, `e${epoch}`);
    if (due.length > 0) o.logger.info({ runs: due.length }, 're-queued runs without a worker');
    return due.length;
  };
  const interval = o.sweepIntervalMs ?? 5_000;
  const timer = interval > 0 ? setInterval(() => { sweep().catch((err: unknown) => o.logger.warn({ err }, 'run sweep failed')); }, interval) : undefined;

  return {
    sweep,
    async close() {
      if (timer) clearInterval(timer);
      shutdown.abort();
      await cancels.return();
      await worker.close();
    },
  };
}
