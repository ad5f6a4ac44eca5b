// Queue port on BullMQ/Redis: jobs survive restarts and are shared by every process; one BullMQ queue per job name.
import { Queue as BullQueue, WaitingError, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { createLogger } from '../logger';
import type { AddJobOptions, JobHandler, JobInfo, JobOutcome, JobState, ProcessOptions, Queue, QueueWorker } from '../ports/queue';
import { assertAddOptions, assertConcurrency } from './memory-queue';
import { closeRedis } from './redis-connection';

export interface BullMqQueueOptions {
  url: string;
  /** BullMQ key prefix, e.g. `nexus:q` or a per-test-run id. Default `nexus:q`. */
  prefix?: string;
  /**
   * How long a running job's lock lasts without renewal (default 30 s). A worker that dies stops renewing; after
   * this the job is "stalled" and handed to another worker, so a crash delays a job but never loses it.
   */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs (default: lockDurationMs). */
  stalledIntervalMs?: number;
}

const log = createLogger('kernel.bullmq-queue');
const ERROR_LOG_INTERVAL_MS = 10_000;

/** BullMQ repeats a connection error on every retry; one line per interval per source is enough. */
function throttledWarn(fields: Record<string, unknown>, msg: string): (err: Error) => void {
  let last = 0;
  return (err) => {
    if (Date.now() - last < ERROR_LOG_INTERVAL_MS) return;
    last = Date.now();
    log.warn({ ...fields, err: err.message }, msg);
  };
}
const STATES: Record<string, JobState> = { waiting: 'waiting', prioritized: 'waiting', 'waiting-children': 'waiting', delayed: 'delayed', active: 'active', completed: 'completed', failed: 'failed' };

export class BullMqQueueAdapter implements Queue {
  private readonly queues = new Map<string, BullQueue>();
  /** Each worker with its close, which first stops it starting jobs. */
  private readonly workers = new Map<Worker, () => Promise<void>>();
  private readonly completed = new Set<(job: JobOutcome) => void>();
  private readonly failed = new Set<(job: JobOutcome) => void>();
  private readonly prefix: string;
  // BullMQ requires maxRetriesPerRequest: null: its blocking commands must wait out a reconnect, not fail.
  private readonly redis: Redis;

  constructor(private readonly opts: BullMqQueueOptions) {
    this.prefix = opts.prefix ?? 'nexus:q';
    this.redis = new Redis(opts.url, { connectionName: 'nexus:queue', maxRetriesPerRequest: null });
    this.redis.on('error', throttledWarn({}, 'redis connection error'));
  }

  async add<T>(name: string, data: T, opts: AddJobOptions = {}): Promise<string> {
    assertAddOptions(opts);
    const jobOpts: JobsOptions = {};
    if (opts.jobId !== undefined) jobOpts.jobId = opts.jobId;
    if (opts.delayMs) jobOpts.delay = opts.delayMs;
    if (opts.attempts !== undefined) jobOpts.attempts = opts.attempts;
    if (opts.priority) jobOpts.priority = opts.priority;
    if (opts.backoff) jobOpts.backoff = { type: opts.backoff.type, delay: opts.backoff.delayMs };
    if (opts.keepFinishedMs !== undefined) {
      const age = Math.max(1, Math.ceil(opts.keepFinishedMs / 1000));
      jobOpts.removeOnComplete = { age };
      jobOpts.removeOnFail = { age };
    }
    const job = await this.queue(name).add(name, data, jobOpts);
    return job.id!;
  }

  process<T, R>(name: string, handler: JobHandler<T, R>, opts: ProcessOptions = {}): QueueWorker {
    assertConcurrency(opts.concurrency ?? 1);
    const state = { closing: false };
    const worker = new Worker<T, R>(
      name,
      async (job: Job<T, R>, token?: string) => {
        // A fetch already in flight when close() began still hands this worker a job: give it back untouched.
        if (state.closing) {
          await job.moveToWait(token);
          throw new WaitingError();
        }
        return handler({ id: job.id!, name, data: job.data, attempt: job.attemptsMade + 1 });
      },
      { connection: this.redis, prefix: this.prefix, concurrency: opts.concurrency ?? 1, ...this.lockOptions() },
    );
    worker.on('error', throttledWarn({ queue: name }, 'worker error'));
    worker.on('completed', (job: Job<T, R>) => emit(this.completed, { id: job.id!, name, attemptsMade: job.attemptsMade, result: job.returnvalue }));
    worker.on('failed', (job: Job<T, R> | undefined, err: Error) => {
      // BullMQ reports every failed try; the port reports only the final one.
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      emit(this.failed, { id: job.id!, name, attemptsMade: job.attemptsMade, error: err.message });
    });
    const close = async () => {
      state.closing = true;
      this.workers.delete(worker);
      await worker.close();
    };
    this.workers.set(worker, close);
    return { close };
  }

  async getJob<T, R>(name: string, id: string): Promise<JobInfo<T, R> | null> {
    const job = (await this.queue(name).getJob(id)) as Job<T, R> | undefined;
    if (!job) return null;
    const state = STATES[await job.getState()];
    if (!state) return null;
    const info: JobInfo<T, R> = { id, name, data: job.data, state, attemptsMade: job.attemptsMade };
    if (state === 'completed') info.result = job.returnvalue;
    if (job.failedReason) info.error = job.failedReason;
    return info;
  }

  async remove(name: string, id: string): Promise<boolean> {
    // BullMQ answers 1 for an unknown id too, so look first; it throws for a job locked by a worker (active).
    const job = await this.queue(name).getJob(id);
    if (!job || (await job.getState()) === 'active') return false;
    try {
      await job.remove();
      return true;
    } catch (err) {
      log.debug({ queue: name, id, err: (err as Error).message }, 'job not removed');
      return false;
    }
  }

  onCompleted(listener: (job: JobOutcome) => void): () => void {
    this.completed.add(listener);
    return () => this.completed.delete(listener);
  }

  onFailed(listener: (job: JobOutcome) => void): () => void {
    this.failed.add(listener);
    return () => this.failed.delete(listener);
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers.values()].map((close) => close()));
    this.workers.clear();
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    await closeRedis(this.redis);
  }

  /** Only the options set: BullMQ takes an explicit undefined as the value, not as "use the default". */
  private lockOptions(): { lockDuration?: number; stalledInterval?: number } {
    const { lockDurationMs, stalledIntervalMs = lockDurationMs } = this.opts;
    return { ...(lockDurationMs && { lockDuration: lockDurationMs }), ...(stalledIntervalMs && { stalledInterval: stalledIntervalMs }) };
  }

  private queue(name: string): BullQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = new BullQueue(name, { connection: this.redis, prefix: this.prefix });
      q.on('error', throttledWarn({ queue: name }, 'queue error'));
      this.queues.set(name, q);
    }
    return q;
  }
}

function emit(listeners: Set<(job: JobOutcome) => void>, outcome: JobOutcome): void {
  for (const l of listeners) l(outcome);
}
