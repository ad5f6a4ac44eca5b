// Cron arithmetic for schedule triggers: which nodes of a graph are schedules, and when each fires next.
import { CronExpressionParser } from 'cron-parser';
import type { TWorkflowGraph } from '../graph/workflow-graph';

export interface ScheduleSpec {
  nodeId: string;
  cron: string;
  timezone: string;
}

/** The schedule trigger nodes of a (compiled, so config-valid) graph. */
export function scheduleSpecs(graph: TWorkflowGraph): ScheduleSpec[] {
  return graph.nodes
    .filter((n) => n.type === 'schedule' && typeof n.config.cron === 'string')
    .map((n) => ({
      nodeId: n.id,
      cron: String(n.config.cron),
      timezone: typeof n.config.timezone === 'string' && n.config.timezone ? n.config.timezone : 'UTC',
    }));
}

/** The first slot strictly after `after`, in the schedule's time zone (so "9:00" follows daylight saving). */
export function nextFireAfter(cron: string, timezone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().toDate();
}
