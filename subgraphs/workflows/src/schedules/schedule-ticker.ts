// Fires due schedule triggers: claims rows (SKIP LOCKED, so replicas never double-fire), moves them on, starts runs.
import type { Logger } from '@nexus/kernel/logger';
import { withSystem, type Database } from '../db';
import { nextFireAfter } from './next-fire';
import { ScheduleRepository, type ScheduleRow } from './schedule-repository';

export interface ScheduleFiring {
  tenantId: string;
  workflowId: string;
  nodeId: string;
  /** The slot that came due (the row's next_at), not the moment the ticker noticed. */
  firedAt: Date;
}

export interface ScheduleTickerOptions {
  /** Worker database (BYPASSRLS): schedules of every tenant. */
  workerDb: Database;
  /** Pause between ticks (default 1 s). */
  intervalMs?: number;
  now?: () => Date;
  startRun: (s: ScheduleFiring) => Promise<void>;
  logger: Pick<Logger, 'error' | 'warn'>;
  /** Most rows claimed per tick (default 100); a backlog drains over the following ticks. */
  batchSize?: number;
}

export interface ScheduleTicker {
  /** Fires everything due now; resolves with how many slots it claimed. */
  tick(): Promise<number>;
  /** Stops the timer and waits for a tick in progress. */
  stop(): Promise<void>;
}

// Should a row's cron stop parsing (it was valid when saved), it is parked a day ahead rather than retried every tick.
const PARK_MS = 86_400_000;

export function startScheduleTicker(opts: ScheduleTickerOptions): ScheduleTicker {
  const now = opts.now ?? (() => new Date());
  const intervalMs = opts.intervalMs ?? 1000;
  const batchSize = opts.batchSize ?? 100;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let inFlight: Promise<unknown> = Promise.resolve();

  async function claim(): Promise<ScheduleRow[]> {
    return withSystem(opts.workerDb, async (tx) => {
      const at = now();
      const rows = await ScheduleRepository.claimDue(tx, at, batchSize);
      for (const row of rows) {
        // Next slot after now, not after the missed one: a ticker that was down does not replay a backlog.
        let nextAt: Date;
        try {
          nextAt = nextFireAfter(row.cron, row.timezone, at);
        } catch (error) {
          opts.logger.error({ err: error, workflowId: row.workflowId, nodeId: row.nodeId }, 'schedule cron no longer parses; parked for a day');
          nextAt = new Date(at.getTime() + PARK_MS);
        }
        await ScheduleRepository.setNextAt(tx, row, nextAt);
      }
      return rows;
    });
  }

  async function tick(): Promise<number> {
    const rows = await claim();
    // Started after the claim commits: a crash in between loses that slot rather than firing it twice.
    await Promise.all(rows.map(async (row) => {
      try {
        await opts.startRun({ tenantId: row.tenantId, workflowId: row.workflowId, nodeId: row.nodeId, firedAt: row.nextAt });
      } catch (error) {
        opts.logger.error({ err: error, tenantId: row.tenantId, workflowId: row.workflowId, nodeId: row.nodeId }, 'scheduled run failed to start');
      }
    }));
    return rows.length;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      const run = tick().catch((error: unknown) => opts.logger.error({ err: error }, 'schedule tick failed; retrying next interval'));
      inFlight = run;
      void run.finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }
  schedule();

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}
