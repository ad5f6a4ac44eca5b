// Runs as the API sees them: start (by people, API, webhook, schedule, parent run, error handler), read with node
// inputs and outputs, cancel, resume a waiting node, and the live event stream.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { authorize } from '@nexus/kernel/authz/guard';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { assertWithinQuota, limitOf } from '@nexus/kernel/quota';
import { assertJsonSize, parseInput } from '@nexus/kernel/validation';
import type { Subscription } from '@nexus/kernel/adapters/subscription-queue';
import { withSystem, withTenant, type Database, type Tx } from '../db';
import type { RunStreamItem } from '../events/run-events';
import { streamRunEvents } from '../events/stream-run-events';
import { compileWorkflow } from '../graph/compile-workflow';
import type { NodeTypeRegistry } from '../graph/node-type';
import { runInputProblems } from '../graph/run-input-schema';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import type { WorkflowService } from '../workflows/workflow-service';
import { loadPayload, MAX_RUN_INPUT_BYTES, storePayload } from './payloads';
import { recordRunEvents, storedRunEvents } from './run-event-channel';
import { RUN_STATUSES, RUN_TRIGGERS, type NodeRunRow, type RunError, type RunRow, type RunStatus, type RunTrigger } from './run-rows';
import type { RunStore } from './run-store';
import { enqueueRunGauge } from './run-usage';
import { CANCEL_TOPIC, type RunJobs } from './run-worker';
import type { TenantLimits } from './tenant-limits';

export interface RunServiceDeps {
  db: Database;
  workerDb: Database;
  blobs: BlobStore;
  pubsub: PubSub;
  store: RunStore;
  jobs: RunJobs;
  registry: NodeTypeRegistry;
  workflows: WorkflowService;
  /** How often a live stream re-reads the store when the feed is quiet (ms). */
  streamPollMs?: number;
  /** Plan limits for runs no request started (webhooks, schedules, error handlers); absent: not held back. */
  limits?: TenantLimits;
}

export interface StartArgs {
  workflowId: string;
  graph: TWorkflowGraph;
  versionNumber: number | null;
  concurrency: number;
  trigger: RunTrigger;
  triggerNodeId?: string | null;
  input: unknown;
  parent?: { runId: string; nodeId: string };
  /** Fixed id (child runs: derived from parent and node, so a resumed parent finds its child again). */
  runId?: string;
}

/** Most nodes one `nodeRuns(nodeIds:)` may name. */
const MAX_NODE_IDS = 1000;

/** Runs nested deeper than this are refused (a workflow that calls itself). */
export const MAX_RUN_DEPTH = 8;

const ACTIVE: RunStatus[] = ['QUEUED', 'RUNNING', 'WAITING'];

const ZStart = z.object({
  workflowId: z.string().refine(isUuid, 'must be a workflow id'),
  version: z.number().int().min(1).nullish(),
  input: z.unknown().optional(),
});

interface RunDbRow {
  id: string; tenant_id: string; workflow_id: string; version_number: number | null; graph: TWorkflowGraph; status: RunStatus;
  trigger: RunTrigger; input: unknown; input_blob: string | null; output: unknown; output_blob: string | null; error: RunError | null;
  concurrency: number; last_seq: number; parent_run_id: string | null; parent_node_id: string | null; created_by_id: string | null;
  created_at: Date; started_at: Date | null; finished_at: Date | null; workflow_name: string; retry_of_run_id: string | null;
}

export interface RunPage { nodes: RunRow[]; nextCursor: string | null }

const ZRunFilter = z.object({
  first: z.number().int().nullish(),
  after: z.string().nullish(),
  workflowId: z.string().refine(isUuid, 'must be a workflow id').nullish(),
  status: z.array(z.enum(RUN_STATUSES)).max(RUN_STATUSES.length).nullish(),
  trigger: z.array(z.enum(RUN_TRIGGERS)).max(RUN_TRIGGERS.length).nullish(),
});

export class RunService {
  constructor(private readonly deps: RunServiceDeps) {}

  /** runWorkflow: a saved version, or the draft (which must compile). */
  async startByUser(ctx: RequestContext, args: unknown): Promise<RunRow> {
    authorize(ctx, 'workflows:run');
    const a = parseInput(ZStart, args);
    const input = checkInput(a.input === undefined ? {} : a.input);
    const { workflow, graph, versionNumber } = await this.deps.workflows.graphForRun(ctx, a.workflowId, a.version ?? null);
    const compiled = compileWorkflow(graph, this.deps.registry);
    if (!compiled.ok) {
      const list = compiled.errors.slice(0, 3).map((e) => (e.nodeId ? `${e.nodeId}: ${e.message}` : e.message)).join('; ');
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `The ${versionNumber ? `version ${versionNumber}` : 'draft'} does not compile (${list}). Fix the marked nodes first.`, { field: 'workflowId' });
    }
    const mismatch = runInputProblems(graph, input);
    if (mismatch.length) {
      const list = mismatch.map((m) => `trigger ${m.nodeId}: ${m.problems.join('; ')}`).join('; ');
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `The input does not match the input schema of the manual trigger (${list}).`, { field: 'input' });
    }
    const runId = await withTenant(this.deps.db, { tenantId: ctx.tenantId }, async (tx) => {
      await holdRunSlot(tx, workflow.tenantId, ctx.limits);
      const id = await this.insert(tx, workflow.tenantId, ctx.userId, {
        workflowId: workflow.id, graph, versionNumber, concurrency: workflow.concurrency, trigger: ctx.apiKeyId ? 'API' : 'MANUAL', input,
      });
      await enqueueRunGauge(tx, workflow.tenantId);
      return id;
    });
    await this.deps.jobs.enqueue({ runId }, 'e0');
    return this.mustGet(ctx, runId);
  }

  /** System starts (webhook, schedule, sub-workflow, error handler): the caller has checked the tenant already. */
  async startSystem(tenantId: string, args: StartArgs): Promise<string> {
    // A child run is part of its parent's slot: counting it would leave a parent at the limit waiting on its child forever.
    const limits = args.trigger === 'SUB_WORKFLOW' ? null : await this.deps.limits?.of(tenantId);
    const runId = await withSystem(this.deps.workerDb, async (tx) => {
      if (args.runId) {
        const existing = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM workflow_runs WHERE id = ${args.runId}::uuid`;
        if (existing[0]) return existing[0].id;
      }
      if (limits) await holdRunSlot(tx, tenantId, limits);
      const id = await this.insert(tx, tenantId, null, args);
      await enqueueRunGauge(tx, tenantId);
      return id;
    });
    await this.deps.jobs.enqueue({ runId }, 'e0');
    return runId;
  }

  private async insert(tx: Tx, tenantId: string, userId: string | null, a: StartArgs): Promise<string> {
    const input = await storePayload(this.deps.blobs, a.input, 'run input');
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO workflow_runs (id, tenant_id, workflow_id, version_number, graph, status, trigger, trigger_node_id, input, input_blob,
        concurrency, parent_run_id, parent_node_id, created_by_id, lease_expires_at)
      VALUES (coalesce(${a.runId ?? null}::uuid, gen_random_uuid()), ${tenantId}::uuid, ${a.workflowId}::uuid, ${a.versionNumber},
        ${JSON.stringify(a.graph)}::jsonb, 'QUEUED', ${a.trigger}, ${a.triggerNodeId ?? null}, ${input.json}::jsonb, ${input.blob},
        ${a.concurrency}, ${a.parent?.runId ?? null}::uuid, ${a.parent?.nodeId ?? null}, ${userId}::uuid,
        now() + interval '60 seconds')
      RETURNING id`;
    return (rows[0] as { id: string }).id;
  }

  async get(ctx: RequestContext, runId: string): Promise<RunRow | null> {
    authorize(ctx, 'workflows:read');
    if (!isUuid(runId)) return null;
    const rows = await withTenant(this.deps.db, { tenantId: ctx.tenantId }, (tx) => tx.$queryRaw<RunDbRow[]>`
      SELECT r.*, w.name AS workflow_name FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id WHERE r.id = ${runId}::uuid`);
    return rows[0] ? this.toRow(rows[0]) : null;
  }

  private async mustGet(ctx: RequestContext, runId: string): Promise<RunRow> {
    const run = await this.get(ctx, runId);
    if (!run) throw new DomainError(ErrorCode.NOT_FOUND, `Run ${runId} was not found in this organisation.`, { field: 'runId' });
    return run;
  }

  /** A workflow's runs, newest first. */
  async list(ctx: RequestContext, workflowId: string, args: { first?: number | null; after?: string | null }): Promise<RunPage> {
    return this.listAll(ctx, { first: args.first, after: args.after, workflowId });
  }

  /** The organisation's runs, newest first, narrowed by workflow, status and trigger (`workflowRuns`). */
  async listAll(ctx: RequestContext, args: unknown): Promise<RunPage> {
    authorize(ctx, 'workflows:read');
    const a = parseInput(ZRunFilter, args);
    const first = Math.min(Math.max(a.first ?? 20, 1), 100);
    const after = a.after ? decodeCursor(a.after) : null;
    const statuses = a.status?.length ? a.status : null;
    const triggers = a.trigger?.length ? a.trigger : null;
    const rows = await withTenant(this.deps.db, { tenantId: ctx.tenantId }, (tx) => tx.$queryRaw<RunDbRow[]>`
      SELECT r.*, w.name AS workflow_name FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id
      WHERE (${a.workflowId ?? null}::uuid IS NULL OR r.workflow_id = ${a.workflowId ?? null}::uuid)
        AND (${statuses}::text[] IS NULL OR r.status = ANY(${statuses}::text[]))
        AND (${triggers}::text[] IS NULL OR r.trigger = ANY(${triggers}::text[]))
        AND (${after?.at ?? null}::timestamptz IS NULL OR (r.created_at, r.id) < (${after?.at ?? null}::timestamptz, ${after?.id ?? null}::uuid))
      ORDER BY r.created_at DESC, r.id DESC LIMIT ${first + 1}`);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: await Promise.all(page.map((r) => this.toRow(r, false))),
      nextCursor: rows.length > first && last ? Buffer.from(`${last.created_at.toISOString()}|${last.id}`).toString('base64url') : null,
    };
  }

  /** Settled nodes of a run (all, or those named), values as stored: inline, or a BlobStore key read by `payload`. */
  async nodeRunRows(ctx: RequestContext, runId: string, nodeIds?: readonly string[] | null): Promise<NodeRunRow[]> {
    authorize(ctx, 'workflows:read');
    if (nodeIds && nodeIds.length > MAX_NODE_IDS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `nodeIds names ${nodeIds.length} nodes; ask for at most ${MAX_NODE_IDS} at a time.`, { field: 'nodeIds' });
    }
    const ids = nodeIds ? [...nodeIds] : null;
    const rows = await withTenant(this.deps.db, { tenantId: ctx.tenantId }, (tx) => tx.$queryRaw<{
      node_id: string; status: NodeRunRow['status']; attempts: number; port: string | null; input: unknown; input_blob: string | null;
      output: unknown; output_blob: string | null; error: RunError | null; done_seq: number; started_at: Date | null; finished_at: Date;
    }[]>`SELECT * FROM workflow_node_runs WHERE run_id = ${runId}::uuid AND (${ids}::text[] IS NULL OR node_id = ANY(${ids}::text[]))
      ORDER BY done_seq, finished_at`);
    return rows.map((r) => ({
      runId, nodeId: r.node_id, status: r.status, attempts: r.attempts, port: r.port, input: r.input, inputBlob: r.input_blob,
      output: r.output, outputBlob: r.output_blob, error: r.error, doneSeq: r.done_seq, startedAt: r.started_at, finishedAt: r.finished_at,
    }));
  }

  /** The same with inputs and outputs read back from the BlobStore where they were spilled. */
  async nodeRuns(ctx: RequestContext, runId: string, nodeIds?: readonly string[] | null): Promise<NodeRunRow[]> {
    const rows = await this.nodeRunRows(ctx, runId, nodeIds);
    return Promise.all(rows.map(async (r) => ({
      ...r, input: await this.payload(r.input, r.inputBlob), inputBlob: null, output: await this.payload(r.output, r.outputBlob), outputBlob: null,
    })));
  }

  /** A stored value: inline as it is, else read from the BlobStore. */
  payload(inline: unknown, blob: string | null): Promise<unknown> {
    return loadPayload(this.deps.blobs, inline, blob);
  }

  async cancel(ctx: RequestContext, runId: string): Promise<RunRow> {
    authorize(ctx, 'workflows:run');
    const run = await this.mustGet(ctx, runId);
    if (!ACTIVE.includes(run.status)) {
      throw new DomainError(ErrorCode.CONFLICT, `The run has already ended (${run.status}); only queued, running or waiting runs can be cancelled.`, { field: 'runId' });
    }
    await this.deps.store.requestCancel(runId);
    if (await this.deps.store.cancelIdle(runId)) {
      // Nobody drives it: the cancel is final here, and its event goes out from here.
      await recordRunEvents(this.deps.store, this.deps.pubsub, runId, [{ type: 'RUN_FINISHED', status: 'CANCELLED', error: 'The run was cancelled.' }]);
      await this.deps.store.recordRunGauge(run.tenantId);
    } else {
      await this.deps.pubsub.publish(CANCEL_TOPIC, { runId });
    }
    return this.mustGet(ctx, runId);
  }

  /**
   * retryWorkflowRun: a new run of a failed or cancelled run's graph and input that starts with the nodes that succeeded
   * (copied, not run again) and runs the rest. The new run counts against the concurrent-run limit like any other.
   */
  async retry(ctx: RequestContext, runId: string): Promise<RunRow> {
    authorize(ctx, 'workflows:run');
    const run = await this.mustGet(ctx, runId);
    if (run.status !== 'FAILED' && run.status !== 'CANCELLED') {
      throw new DomainError(ErrorCode.CONFLICT, `The run is ${run.status}; only failed or cancelled runs can be retried.`, { field: 'runId' });
    }
    if (run.parentRunId) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This run belongs to a sub-workflow node of another run; retry that run instead.', { field: 'runId' });
    }
    const newId = await withTenant(this.deps.db, { tenantId: ctx.tenantId }, async (tx) => {
      await holdRunSlot(tx, run.tenantId, ctx.limits);
      const rows = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO workflow_runs (id, tenant_id, workflow_id, version_number, graph, status, trigger, trigger_node_id, input, input_blob,
          concurrency, created_by_id, retry_of_run_id, lease_expires_at)
        SELECT gen_random_uuid(), tenant_id, workflow_id, version_number, graph, 'QUEUED', ${ctx.apiKeyId ? 'API' : 'MANUAL'}, trigger_node_id, input, input_blob,
          concurrency, ${ctx.userId}::uuid, id, now() + interval '60 seconds'
        FROM workflow_runs WHERE id = ${runId}::uuid
        RETURNING id`;
      const id = rows[0]!.id;
      // Stored values (and BlobStore keys, which are never rewritten) are shared with the first run.
      await tx.$executeRaw`
        INSERT INTO workflow_node_runs (run_id, node_id, tenant_id, status, attempts, port, input, input_blob, output, output_blob,
          error, done_seq, started_at, finished_at)
        SELECT ${id}::uuid, node_id, tenant_id, status, attempts, port, input, input_blob, output, output_blob, error, done_seq, started_at, finished_at
        FROM workflow_node_runs WHERE run_id = ${runId}::uuid AND status = 'SUCCEEDED'`;
      await enqueueRunGauge(tx, run.tenantId);
      return id;
    });
    await this.deps.jobs.enqueue({ runId: newId }, 'e0');
    return this.mustGet(ctx, newId);
  }

  async resume(ctx: RequestContext, runId: string, nodeId: string, payload: unknown): Promise<RunRow> {
    authorize(ctx, 'workflows:run');
    const run = await this.mustGet(ctx, runId);
    const waiting = (await this.nodeRuns(ctx, runId)).find((n) => n.nodeId === nodeId && n.status === 'WAITING');
    if (run.status !== 'WAITING' || !waiting) {
      throw new DomainError(ErrorCode.CONFLICT, `Node "${nodeId}" of this run is not waiting (run status ${run.status}).`, { field: 'nodeId' });
    }
    if (payload !== undefined && payload !== null) checkInput(payload, 'payload');
    await this.deps.jobs.enqueue({ runId, token: nodeId, ...(payload !== undefined && payload !== null ? { payload } : {}) }, `resume-${nodeId}-${Date.now()}`);
    return run;
  }

  /** The live stream after checking the run is the caller's; events come from the store and the PubSub feed. */
  async events(ctx: RequestContext, runId: string, after: number): Promise<Subscription<RunStreamItem>> {
    authorize(ctx, 'workflows:read');
    await this.mustGet(ctx, runId);
    return streamRunEvents({ ...storedRunEvents(this.deps.store, this.deps.pubsub), pollMs: this.deps.streamPollMs ?? 2_000 }, runId, after);
  }

  /** A child run's id is derived from its parent run and node, so a parent resumed after a crash finds the same child. */
  static childRunId(parentRunId: string, nodeId: string): string {
    const h = createHash('sha256').update(`${parentRunId}/${nodeId}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** Ancestors of a run (its parent, the parent's parent, …). */
  async depth(runId: string): Promise<number> {
    const rows = await withSystem(this.deps.workerDb, (tx) => tx.$queryRaw<{ n: number }[]>`
      WITH RECURSIVE up(id, parent, n) AS (
        SELECT id, parent_run_id, 0 FROM workflow_runs WHERE id = ${runId}::uuid
        UNION ALL SELECT r.id, r.parent_run_id, up.n + 1 FROM workflow_runs r JOIN up ON r.id = up.parent WHERE up.n < 50)
      SELECT max(n)::int AS n FROM up`);
    return rows[0]?.n ?? 0;
  }

  /** With `loadPayloads` off (lists), spilled inputs and outputs stay BlobStore keys until a resolver asks for them. */
  private async toRow(r: RunDbRow, loadPayloads = true): Promise<RunRow> {
    const values = loadPayloads
      ? { input: await loadPayload(this.deps.blobs, r.input, r.input_blob), inputBlob: null, output: await loadPayload(this.deps.blobs, r.output, r.output_blob), outputBlob: null }
      : { input: r.input, inputBlob: r.input_blob, output: r.output, outputBlob: r.output_blob };
    return {
      id: r.id, tenantId: r.tenant_id, workflowId: r.workflow_id, workflowName: r.workflow_name, versionNumber: r.version_number, graph: r.graph, status: r.status,
      trigger: r.trigger, ...values, error: r.error, concurrency: r.concurrency,
      lastSeq: r.last_seq, retryOfRunId: r.retry_of_run_id, parentRunId: r.parent_run_id, parentNodeId: r.parent_node_id, createdById: r.created_by_id,
      createdAt: r.created_at, startedAt: r.started_at, finishedAt: r.finished_at,
    };
  }
}

/**
 * Refuses (QUOTA_EXCEEDED, naming the limit) when the tenant's queued and running runs fill its plan's
 * `concurrentWorkflowRuns`. Counted under a per-tenant transaction lock, so two starts cannot both take the last slot.
 */
async function holdRunSlot(tx: Tx, tenantId: string, limits: Record<string, number>): Promise<void> {
  if (limitOf({ limits }, 'concurrentWorkflowRuns') === undefined) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('workflow-runs:' || ${tenantId}))`;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM workflow_runs WHERE tenant_id = ${tenantId}::uuid AND status IN ('QUEUED', 'RUNNING')`;
  assertWithinQuota({ limits }, 'concurrentWorkflowRuns', row?.n ?? 0, 1);
}

/** Outside input of a run: any JSON up to MAX_RUN_INPUT_BYTES. */
export function checkInput(value: unknown, field = 'input'): unknown {
  assertJsonSize(value, MAX_RUN_INPUT_BYTES, field);
  return value;
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after is not a cursor this list gave out.', { field: 'after' });
  }
  return { at, id };
}
