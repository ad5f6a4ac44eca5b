// Runs started by the system: sub-workflow nodes (child runs, driven inline when the parent waits), the
// workflow-level error handler started when a run fails, and due schedule slots.
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import type { Logger } from '@nexus/kernel/logger';
import type { RunScope, SubWorkflowRunner } from '../nodes/step-executors';
import type { ScheduleFiring } from '../schedules/schedule-ticker';
import type { WorkflowService } from '../workflows/workflow-service';
import { driveRun, type DriverDeps } from './run-driver';
import { MAX_RUN_DEPTH, RunService } from './run-service';
import type { ClaimedRun, RunOutcome, RunStore } from './run-store';

/** What the runs of a tenant may do on their own: read workflows and start runs, nothing else. */
export function systemContext(tenantId: string, requestId: string): RequestContext {
  return { ...anonymousContext(requestId), tenantId, permissions: ['workflows:read', 'workflows:run'] };
}

const failure = (code: string, message: string): Error => Object.assign(new Error(message), { code });

export interface HookDeps {
  runs: RunService;
  workflows: WorkflowService;
  store: RunStore;
  /** The driver, for children driven inline by the worker that drives their parent. */
  driver: () => DriverDeps;
  logger: Logger;
  /** How often a waiting parent looks at a child that another worker drives (ms). */
  pollMs?: number;
}

export function createSubWorkflowRunner(d: HookDeps): SubWorkflowRunner {
  return {
    async run(scope: RunScope, nodeId, args, signal) {
      if ((await d.runs.depth(scope.runId)) + 1 > MAX_RUN_DEPTH) {
        throw failure('DEPTH_EXCEEDED', `sub-workflows are nested more than ${MAX_RUN_DEPTH} deep (does a workflow call itself?)`);
      }
      const ctx = systemContext(scope.tenantId, scope.runId);
      const { workflow, graph, versionNumber } = await pinned(d, ctx, args.workflowId, args.version);
      const runId = await d.runs.startSystem(scope.tenantId, {
        runId: RunService.childRunId(scope.runId, nodeId), workflowId: workflow.id, graph, versionNumber,
        concurrency: workflow.concurrency, trigger: 'SUB_WORKFLOW', input: args.input, parent: { runId: scope.runId, nodeId },
      });
      if (!args.wait) return { runId };
      // Driven here, so a parent never waits on a queue slot its own job holds; another worker may have it instead.
      for (;;) {
        if (signal.aborted) throw failure('CANCELLED', 'cancelled');
        await driveRun(d.driver(), runId, { signal });
        const s = await d.store.status(runId);
        if (!s) throw failure('CHILD_MISSING', `sub-workflow run ${runId} disappeared`);
        if (s.status === 'SUCCEEDED') return s.output;
        if (s.status === 'FAILED' || s.status === 'CANCELLED') {
          throw failure('CHILD_FAILED', `sub-workflow run ${runId} ${s.status.toLowerCase()}: ${s.error?.message ?? 'no reason given'}`);
        }
        await new Promise((r) => setTimeout(r, d.pollMs ?? 250));
      }
    },
  };
}

/** After a run: a failed run of a workflow with an error handler starts that workflow with the failure. */
export function createAfterRun(d: HookDeps) {
  return async (run: ClaimedRun, outcome: RunOutcome): Promise<void> => {
    if (outcome.status !== 'FAILED' || run.trigger === 'ERROR_HANDLER') return;
    const ctx = systemContext(run.tenantId, run.id);
    const failed = await d.workflows.get(ctx, run.workflowId);
    if (!failed?.errorWorkflowId) return;
    const { workflow, graph, versionNumber } = await pinned(d, ctx, failed.errorWorkflowId, undefined);
    const handlerRun = await d.runs.startSystem(run.tenantId, {
      workflowId: workflow.id, graph, versionNumber, concurrency: workflow.concurrency, trigger: 'ERROR_HANDLER',
      input: { workflow: { id: failed.id, name: failed.name }, run: { id: run.id, trigger: run.trigger, error: outcome.error ?? null } },
    });
    d.logger.info({ runId: run.id, handlerRun }, 'started the error-handler workflow');
  };
}

/** A due schedule slot: a run of the active workflow's latest version, started from that schedule trigger. */
export function createScheduledStart(d: HookDeps) {
  return async ({ tenantId, workflowId, nodeId, firedAt }: ScheduleFiring): Promise<void> => {
    const ctx = systemContext(tenantId, `schedule:${workflowId}:${nodeId}`);
    const wf = await d.workflows.get(ctx, workflowId);
    if (!wf?.active || wf.latestVersion === 0) return;
    const { graph, versionNumber } = await d.workflows.graphForRun(ctx, workflowId, wf.latestVersion);
    await d.runs.startSystem(tenantId, {
      workflowId, graph, versionNumber, concurrency: wf.concurrency, trigger: 'SCHEDULE', triggerNodeId: nodeId, input: { firedAt: firedAt.toISOString() },
    });
  };
}

/** The version asked for, else the latest saved one, else the draft of a workflow never saved. */
async function pinned(d: HookDeps, ctx: RequestContext, workflowId: string, version: number | undefined) {
  if (version !== undefined) return d.workflows.graphForRun(ctx, workflowId, version);
  const wf = await d.workflows.get(ctx, workflowId);
  if (!wf) throw failure('NOT_FOUND', `workflow ${workflowId} was not found in this organisation`);
  return d.workflows.graphForRun(ctx, workflowId, wf.latestVersion > 0 ? wf.latestVersion : null);
}
