// Queue port in process: jobs, timers and workers in this process, for tests, dev and embedded single-instance runs.
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';
import type { AddJobOptions, JobHandler, JobInfo, JobOutcome, JobState, ProcessOptions, Queue, QueueWorker } from '../ports/queue';
import { decodeValue, encodeValue } from './cache-values';

interface MemoryJob {
  id: string;
  name: string;
  data: unknown;
  opts: AddJobOptions;
  state: JobState;
  attemptsMade: number;
  /** Insertion order, the FIFO tie-break among equal priorities. */
  seq: number;
  result?: unknown;
  error?: string;
  timer?: ReturnType<typeof setTimeout>;
}

interface MemoryWorker {
  name: string;
  handler: JobHandler<unknown, unknown>;
  concurrency: number;
  running: Set<Promise<void>>;
  closed: boolean;
}

/** Delay before retry `n` (1-based), as BullMQ computes it. */
export function backoffDelayMs(opts: AddJobOptions, retry: number): number {
  if (!opts.backoff) return 0;
  return opts.backoff.type === 'fixed' ? opts.backoff.delayMs : Math.round(2 ** (retry - 1) * opts.backoff.delayMs);
}

export function assertAddOptions(o: AddJobOptions): void {
  const bad = (field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, `queue: ${field} is invalid`, { field });
  // BullMQ reserves integer ids for its own counter and ':' for its key layout; both adapters refuse them alike.
  if (o.jobId !== undefined && (o.jobId === '' || /^\d+$/.test(o.jobId) || o.jobId.includes(':'))) throw bad('jobId');
  if (o.attempts !== undefined && (!Number.isInteger(o.attempts) || o.attempts < 1)) throw bad('attempts');
  if (o.delayMs !== undefined && !(o.delayMs >= 0)) throw bad('delayMs');
  if (o.backoff && !(o.backoff.delayMs >= 0)) throw bad('backoff.delayMs');
  if (o.priority !== undefined && (!Number.isInteger(o.priority) || o.priority < 0)) throw bad('priority');
  if (o.keepFinishedMs !== undefined && !(o.keepFinishedMs >= 0 && Number.isFinite(o.keepFinishedMs))) throw bad('keepFinishedMs');
}

export function assertConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'queue: concurrency must be a whole number of at least 1', { field: 'concurrency' });
  }
}

export class MemoryQueueAdapter implements Queue {
  private readonly jobs = new Map<string, MemoryJob>();
  private readonly workers = new Set<MemoryWorker>();
  private readonly completed = new Set<(job: JobOutcome) => void>();
  private readonly failed = new Set<(job: JobOutcome) => void>();
  private seq = 0;

  async add<T>(name: string, data: T, opts: AddJobOptions = {}): Promise<string> {
    assertAddOptions(opts);
    const id = opts.jobId ?? randomUUID();
    if (this.jobs.has(key(name, id))) return id;
    // Through JSON like Redis, so a handler never shares objects with the caller that added the job.
    const job: MemoryJob = { id, name, data: decodeValue(encodeValue(data)), opts, state: 'waiting', attemptsMade: 0, seq: this.seq++ };
    this.jobs.set(key(name, id), job);
    this.schedule(job, opts.delayMs ?? 0);
    return id;
  }

  process<T, R>(name: string, handler: JobHandler<T, R>, opts: ProcessOptions = {}): QueueWorker {
    assertConcurrency(opts.concurrency ?? 1);
    const worker: MemoryWorker = { name, handler: handler as JobHandler<unknown, unknown>, concurrency: opts.concurrency ?? 1, running: new Set(), closed: false };
    this.workers.add(worker);
    queueMicrotask(() => this.dispatch(name));
    return {
      close: async () => {
        worker.closed = true;
        await drain(worker);
        this.workers.delete(worker);
      },
    };
  }

  async getJob<T, R>(name: string, id: string): Promise<JobInfo<T, R> | null> {
    const j = this.jobs.get(key(name, id));
    if (!j) return null;
    const info: JobInfo<T, R> = { id: j.id, name: j.name, data: j.data as T, state: j.state, attemptsMade: j.attemptsMade };
    if (j.state === 'completed') info.result = j.result as R;
    if (j.error !== undefined) info.error = j.error;
    return info;
  }

  async remove(name: string, id: string): Promise<boolean> {
    const j = this.jobs.get(key(name, id));
    if (!j || j.state === 'active') return false;
    clearTimeout(j.timer);
    this.jobs.delete(key(name, id));
    return true;
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
    for (const w of this.workers) w.closed = true;
    await Promise.all([...this.workers].map(drain));
    this.workers.clear();
    for (const j of this.jobs.values()) clearTimeout(j.timer);
  }

  private schedule(job: MemoryJob, delayMs: number): void {
    if (delayMs <= 0) {
      job.state = 'waiting';
      queueMicrotask(() => this.dispatch(job.name));
      return;
    }
    job.state = 'delayed';
    job.timer = setTimeout(() => {
      job.timer = undefined;
      if (this.jobs.get(key(job.name, job.id)) !== job) return;
      job.state = 'waiting';
      this.dispatch(job.name);
    }, delayMs);
  }

  /** Hands waiting jobs of `name` to workers with a free slot, highest priority (then oldest) first. */
  private dispatch(name: string): void {
    const waiting = [...this.jobs.values()].filter((j) => j.name === name && j.state === 'waiting').sort(byPriority);
    for (const job of waiting) {
      const worker = [...this.workers].find((w) => w.name === name && !w.closed && w.running.size < w.concurrency);
      if (!worker) return;
      this.run(worker, job);
    }
  }

  private run(worker: MemoryWorker, job: MemoryJob): void {
    job.state = 'active';
    const attempt = job.attemptsMade + 1;
    const done = (async () => {
      try {
        const result = await worker.handler({ id: job.id, name: job.name, data: decodeValue(encodeValue(job.data)), attempt });
        this.finish(job, () => {
          job.state = 'completed';
          job.result = result === undefined ? undefined : decodeValue(encodeValue(result));
          emit(this.completed, { id: job.id, name: job.name, attemptsMade: job.attemptsMade, result: job.result });
        });
      } catch (err) {
        this.finish(job, () => {
          job.error = err instanceof Error ? err.message : String(err);
          if (job.attemptsMade < (job.opts.attempts ?? 1)) return this.schedule(job, backoffDelayMs(job.opts, job.attemptsMade));
          job.state = 'failed';
          emit(this.failed, { id: job.id, name: job.name, attemptsMade: job.attemptsMade, error: job.error });
        });
      }
    })();
    worker.running.add(done);
    void done.finally(() => {
      worker.running.delete(done);
      this.dispatch(worker.name);
    });
  }

  private finish(job: MemoryJob, apply: () => void): void {
    job.attemptsMade++;
    // A job removed mid-run is gone: its outcome has nowhere to go.
    if (this.jobs.get(key(job.name, job.id)) !== job) return;
    apply();
    const keep = job.opts.keepFinishedMs;
    if (keep !== undefined && (job.state === 'completed' || job.state === 'failed')) {
      const timer = setTimeout(() => {
        if (this.jobs.get(key(job.name, job.id)) === job) this.jobs.delete(key(job.name, job.id));
      }, keep);
      timer.unref();
    }
  }
}

const key = (name: string, id: string) => `${name}\u0000${id}`;

/** No priority first (as in BullMQ), then 1, 2, …; FIFO within one. */
const byPriority = (a: MemoryJob, b: MemoryJob) => (a.opts.priority ?? 0) - (b.opts.priority ?? 0) || a.seq - b.seq;

function emit(listeners: Set<(job: JobOutcome) => void>, outcome: JobOutcome): void {
  for (const l of listeners) l(outcome);
}

/** Waits for a closed worker's running jobs to record their outcome: closing never strands a job in `active`. */
async function drain(worker: MemoryWorker): Promise<void> {
  while (worker.running.size > 0) await Promise.allSettled([...worker.running]);
}
