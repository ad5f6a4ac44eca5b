// Trigger nodes at run time: the trigger that started the run passes the run's input on; the others stay idle,
// and since their `out` edge is dead, whatever only they feed is skipped.
import type { NodeExecutor } from '../engine/engine-types';
import type { Plan } from '../engine/workflow-engine';
import type { RunTrigger } from './run-rows';

/** Port an idle trigger reports: no edge leaves it, so everything after it is skipped. */
export const IDLE_PORT = 'idle';

const KIND: Record<RunTrigger, string> = {
  MANUAL: 'manual', API: 'manual', SUB_WORKFLOW: 'manual', ERROR_HANDLER: 'manual', WEBHOOK: 'webhook', SCHEDULE: 'schedule',
};

export const TRIGGER_TYPES = ['manual', 'webhook', 'schedule'];

/**
 * Which trigger nodes fire: the one named by the run (webhook, schedule), else every trigger of the run's kind; a
 * graph without a trigger of that kind (a webhook workflow started from the builder) fires all its triggers.
 */
export function firingTriggers(plan: Plan, run: { trigger: RunTrigger; triggerNodeId: string | null }): Set<string> {
  const triggers = Object.values(plan).filter((n) => TRIGGER_TYPES.includes(n.type));
  if (run.triggerNodeId && plan[run.triggerNodeId]) return new Set([run.triggerNodeId]);
  const ofKind = triggers.filter((n) => n.type === KIND[run.trigger]);
  return new Set((ofKind.length > 0 ? ofKind : triggers).map((n) => n.id));
}

export function createTriggerExecutors(firing: Set<string>, firedAt: () => Date): Record<string, NodeExecutor> {
  const fire: NodeExecutor = async ({ node, input }) => (firing.has(node.id) ? { output: input ?? {} } : { port: IDLE_PORT, output: null });
  return {
    manual: fire,
    webhook: fire,
    schedule: async (ctx) => (firing.has(ctx.node.id)
      ? { output: { firedAt: firedAt().toISOString(), ...(isObject(ctx.input) ? ctx.input : {}) } }
      : { port: IDLE_PORT, output: null }),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
