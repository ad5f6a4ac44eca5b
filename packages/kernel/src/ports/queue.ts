// Queue port: durable background jobs with retries, delays and bounded concurrency (the workflow executor's engine).
export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface BackoffOptions {
  /** fixed: `delayMs` before every retry; exponential: `delayMs * 2^(n-1)` before retry n (BullMQ's formula). */
  type: 'fixed' | 'exponential';
  delayMs: number;
}

export interface AddJobOptions {
  /**
   * Caller-chosen id, unique per queue name: adding it again while the job is kept returns it and adds nothing.
   * Not all digits and without ':' (BullMQ's own ids and key separator), e.g. `${runId}-${stepId}`.
   */
  jobId?: string;
  /** Wait this long before the job may run. */
  delayMs?: number;
  /** Total tries including the first (default 1: no retry). */
  attempts?: number;
  /** Pause between tries; without it a failed try is retried at once. */
  backoff?: BackoffOptions;
  /** 1 runs first, larger numbers later; jobs without one run before any prioritized job (as in BullMQ). */
  priority?: number;
  /**
   * Drop the job this long (ms, whole seconds) after it completes or finally fails, instead of keeping it forever;
   * its id can then be added again. For jobs whose ids are never replayed, so a busy queue does not grow without end.
   * BullMQ removes such jobs when later jobs finish, so "after" means "no sooner than".
   */
  keepFinishedMs?: number;
}

export interface JobContext<T = unknown> {
  id: string;
  name: string;
  data: T;
  /** 1 on the first try. */
  attempt: number;
}

export type JobHandler<T = unknown, R = unknown> = (job: JobContext<T>) => Promise<R>;

export interface ProcessOptions {
  /** Jobs this worker runs at once (default 1). */
  concurrency?: number;
}

export interface JobInfo<T = unknown, R = unknown> {
  id: string;
  name: string;
  data: T;
  state: JobState;
  /** Tries finished so far (successful or failed). */
  attemptsMade: number;
  /** The handler's return value, once completed. */
  result?: R;
  /** The last try's error message, once a try has failed. */
  error?: string;
}

/** Reported once per job outcome: completed, or failed after its last attempt (not for a try that will be retried). */
export interface JobOutcome {
  id: string;
  name: string;
  attemptsMade: number;
  result?: unknown;
  error?: string;
}

export interface QueueWorker {
  /**
   * Stops taking new jobs and resolves once the jobs it is running have finished, so their outcome is recorded.
   * Crash safety differs by adapter: BullMQ re-delivers a job whose worker process died once its lock expires
   * (it is "stalled"); the memory adapter has nothing to survive a crash, since its jobs live in this process.
   */
  close(): Promise<void>;
}

export interface Queue {
  /** Enqueues a job under `name` and returns its id (the existing id when `jobId` repeats). */
  add<T>(name: string, data: T, opts?: AddJobOptions): Promise<string>;
  /** Runs `handler` for `name`'s jobs; a throw is a failed try, retried per the job's attempts and backoff. */
  process<T, R>(name: string, handler: JobHandler<T, R>, opts?: ProcessOptions): QueueWorker;
  /** Ids are scoped per queue name (as in BullMQ), so lookups take both. Null when unknown or removed. */
  getJob<T = unknown, R = unknown>(name: string, id: string): Promise<JobInfo<T, R> | null>;
  /** Deletes a job that is not running; false when it is unknown or active (a running job cannot be pulled away). */
  remove(name: string, id: string): Promise<boolean>;
  /** Outcomes of jobs run by this instance's workers; returns an unsubscribe function. */
  onCompleted(listener: (job: JobOutcome) => void): () => void;
  onFailed(listener: (job: JobOutcome) => void): () => void;
  /** Closes every worker (waiting for their running jobs) and the connections. */
  close(): Promise<void>;
}
