// Durable run state for workers (worker role, BYPASSRLS): leases, settled node results, numbered events, outcomes.
// Every write a worker makes while driving a run is fenced by its lease, so a worker that lost the run (it stalled
// and another took over) can no longer change it.
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import { withSystem, type Database } from '../db';
import { enqueueRunGauge } from './run-usage';
import type { NodeState } from '../engine/engine-types';
import type { RunEvent, RunEventBody } from '../events/run-events';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import { loadPayload, storePayload } from './payloads';
import type { RunError, RunRow, RunStatus, RunTrigger } from './run-rows';

export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(runId: string) {
    super(`run ${runId}: another worker holds it now`);
  }
}

/** What a worker needs of the run it drives (the row as the API sees it, plus the queue bookkeeping). */
export type ClaimedRun = Pick<RunRow, 'id' | 'tenantId' | 'workflowId' | 'versionNumber' | 'graph' | 'status' | 'trigger' | 'input'
  | 'concurrency' | 'lastSeq' | 'parentRunId' | 'parentNodeId'> & { triggerNodeId: string | null; epoch: number };

interface ClaimRow {
  id: string; tenant_id: string; workflow_id: string; version_number: number | null; graph: TWorkflowGraph; status: RunStatus;
  trigger: RunTrigger; trigger_node_id: string | null; input: unknown; input_blob: string | null; concurrency: number; last_seq: number; epoch: number;
  parent_run_id: string | null; parent_node_id: string | null;
}

interface NodeRow {
  node_id: string; status: 'SUCCEEDED' | 'FAILED' | 'WAITING'; attempts: number; port: string | null; output: unknown;
  output_blob: string | null; error: RunError | null; done_seq: number; wait_resume_at: Date | null;
}

export interface RunOutcome {
  status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'WAITING';
  output?: unknown;
  error?: RunError | null;
  /** For WAITING: when the earliest timed wait is due. */
  resumeAt?: Date | null;
}

export type RenewResult = 'ok' | 'lost' | 'cancel';

export class RunStore {
  constructor(private readonly deps: { workerDb: Database; blobs: BlobStore }) {}

  private get sql() {
    return this.deps.workerDb.client;
  }

  /**
   * Takes the run for `owner` when it is unfinished and nobody else holds a live lease. QUEUED becomes RUNNING; a
   * WAITING run stays WAITING until the engine moves it (the caller decides). Null when it cannot be taken now.
   */
  async claim(runId: string, owner: string, leaseMs: number): Promise<ClaimedRun | null> {
    const rows = await this.sql.$queryRaw<ClaimRow[]>`
      UPDATE workflow_runs SET lease_owner = ${owner}, lease_expires_at = now() + make_interval(secs => ${leaseMs / 1000}),
        status = CASE WHEN status = 'QUEUED' THEN 'RUNNING' ELSE status END, started_at = coalesce(started_at, now())
      WHERE id = ${runId}::uuid AND status IN ('QUEUED', 'RUNNING', 'WAITING') AND NOT cancel_requested
        AND (lease_owner IS NULL OR lease_owner = ${owner} OR lease_expires_at < now())
      RETURNING id, tenant_id, workflow_id, version_number, graph, status, trigger, trigger_node_id, input, input_blob, concurrency, last_seq, epoch,
        parent_run_id, parent_node_id`;
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id, tenantId: r.tenant_id, workflowId: r.workflow_id, versionNumber: r.version_number, graph: r.graph, status: r.status,
      trigger: r.trigger, triggerNodeId: r.trigger_node_id, input: await loadPayload(this.deps.blobs, r.input, r.input_blob), concurrency: r.concurrency,
      lastSeq: r.last_seq, epoch: r.epoch, parentRunId: r.parent_run_id, parentNodeId: r.parent_node_id,
    };
  }

  /** Extends the lease; 'lost' when another worker took the run, 'cancel' when a cancel was asked for. */
  async renew(runId: string, owner: string, leaseMs: number): Promise<RenewResult> {
    const rows = await this.sql.$queryRaw<{ cancel_requested: boolean }[]>`
      UPDATE workflow_runs SET lease_expires_at = now() + make_interval(secs => ${leaseMs / 1000})
      WHERE id = ${runId}::uuid AND lease_owner = ${owner} RETURNING cancel_requested`;
    if (!rows[0]) return 'lost';
    return rows[0].cancel_requested ? 'cancel' : 'ok';
  }

  /** Whether any node of the run is stored: a retry's copied nodes, or a node saved just before its worker died. */
  async hasNodes(runId: string): Promise<boolean> {
    const rows = await this.sql.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM workflow_node_runs WHERE run_id = ${runId}::uuid) AS found`;
    return rows[0]?.found === true;
  }

  /** Settled nodes of the run, outputs read back from the BlobStore where they were spilled. */
  async nodeStates(runId: string): Promise<Record<string, NodeState>> {
    const rows = await this.sql.$queryRaw<NodeRow[]>`
      SELECT node_id, status, attempts, port, output, output_blob, error, done_seq, wait_resume_at
      FROM workflow_node_runs WHERE run_id = ${runId}::uuid`;
    const states: Record<string, NodeState> = {};
    for (const r of rows) {
      const output = await loadPayload(this.deps.blobs, r.output, r.output_blob);
      states[r.node_id] = {
        status: r.status, attempts: r.attempts, doneSeq: r.done_seq, output,
        ...(r.port ? { port: r.port } : {}),
        ...(r.error ? { error: { code: r.error.code, message: r.error.message } } : {}),
        ...(r.status === 'WAITING' ? { wait: { token: r.node_id, ...(r.wait_resume_at ? { resumeAt: r.wait_resume_at.getTime() } : {}) } } : {}),
      };
    }
    return states;
  }

  /** Writes a node's settled state; throws LeaseLostError when `owner` no longer holds the run. */
  async saveNode(run: { id: string; tenantId: string }, owner: string, nodeId: string, node: NodeState, io: { input: unknown; startedAt: Date | null }): Promise<void> {
    const input = await storePayload(this.deps.blobs, io.input, `input of node ${nodeId}`);
    const output = await storePayload(this.deps.blobs, node.output, `output of node ${nodeId}`);
    const error = node.error ? JSON.stringify({ nodeId, code: node.error.code, message: node.error.message }) : null;
    const resumeAt = node.wait?.resumeAt !== undefined ? new Date(node.wait.resumeAt) : null;
    const written = await this.sql.$executeRaw`
      INSERT INTO workflow_node_runs (run_id, node_id, tenant_id, status, attempts, port, input, input_blob, output, output_blob,
        error, done_seq, wait_resume_at, started_at, finished_at)
      SELECT ${run.id}::uuid, ${nodeId}, ${run.tenantId}::uuid, ${node.status}, ${node.attempts}, ${node.port ?? null},
        ${input.json}::jsonb, ${input.blob}, ${output.json}::jsonb, ${output.blob}, ${error}::jsonb, ${node.doneSeq ?? 0},
        ${resumeAt}, ${io.startedAt}, now()
      WHERE EXISTS (SELECT 1 FROM workflow_runs WHERE id = ${run.id}::uuid AND lease_owner = ${owner})
      ON CONFLICT (run_id, node_id) DO UPDATE SET status = excluded.status, attempts = excluded.attempts, port = excluded.port,
        output = excluded.output, output_blob = excluded.output_blob, error = excluded.error, done_seq = excluded.done_seq,
        wait_resume_at = excluded.wait_resume_at, finished_at = excluded.finished_at,
        input = coalesce(excluded.input, workflow_node_runs.input), input_blob = coalesce(excluded.input_blob, workflow_node_runs.input_blob)`;
    if (written === 0) throw new LeaseLostError(run.id);
  }

  /** Stores events under the run's next numbers, in order, in one statement (so two writers never share a number). */
  async appendEvents(runId: string, bodies: RunEventBody[]): Promise<RunEvent[]> {
    if (bodies.length === 0) return [];
    const n = bodies.length;
    const rows = await this.sql.$queryRaw<{ seq: number; at: Date }[]>`
      WITH s AS (UPDATE workflow_runs SET last_seq = last_seq + ${n} WHERE id = ${runId}::uuid RETURNING last_seq - ${n} AS base, tenant_id),
        b AS (SELECT body, ord FROM jsonb_array_elements(${JSON.stringify(bodies)}::jsonb) WITH ORDINALITY AS t(body, ord))
      INSERT INTO workflow_run_events (run_id, seq, tenant_id, type, body, at)
      SELECT ${runId}::uuid, (s.base + b.ord)::int, s.tenant_id, b.body->>'type', b.body, now() FROM s, b
      RETURNING seq, at`;
    if (rows.length !== n) throw new Error(`run ${runId} does not exist`);
    const base = Math.min(...rows.map((r) => r.seq)) - 1;
    return rows.sort((x, y) => x.seq - y.seq).map((r) => ({ ...bodies[r.seq - base - 1], runId, seq: r.seq, at: r.at.toISOString() }) as RunEvent);
  }

  async listEvents(runId: string, after: number): Promise<RunEvent[]> {
    const rows = await this.sql.$queryRaw<{ seq: number; body: RunEventBody; at: Date }[]>`
      SELECT seq, body, at FROM workflow_run_events WHERE run_id = ${runId}::uuid AND seq > ${after} ORDER BY seq`;
    return rows.map((r) => ({ ...r.body, runId, seq: r.seq, at: r.at.toISOString() }) as RunEvent);
  }

  /** Records the outcome and gives the lease back; false when `owner` had lost the run. */
  async finish(runId: string, owner: string, outcome: RunOutcome): Promise<boolean> {
    const output = await storePayload(this.deps.blobs, outcome.output, 'run output');
    const final = outcome.status !== 'WAITING';
    const written = await this.sql.$executeRaw`
      UPDATE workflow_runs SET status = ${outcome.status}, output = ${output.json}::jsonb, output_blob = ${output.blob},
        error = ${outcome.error ? JSON.stringify(outcome.error) : null}::jsonb, resume_at = ${outcome.resumeAt ?? null},
        finished_at = CASE WHEN ${final} THEN now() ELSE NULL END, lease_owner = NULL, lease_expires_at = NULL
      WHERE id = ${runId}::uuid AND lease_owner = ${owner}`;
    return written > 0;
  }

  /** Sets the tenant's concurrent-runs gauge after a run ended or paused. */
  async recordRunGauge(tenantId: string): Promise<void> {
    await withSystem(this.deps.workerDb, (tx) => enqueueRunGauge(tx, tenantId));
  }

  /** Lets go of a run this worker cannot finish (shutdown): it becomes claimable at once. */
  async release(runId: string, owner: string): Promise<void> {
    await this.sql.$executeRaw`
      UPDATE workflow_runs SET lease_owner = NULL, lease_expires_at = NULL WHERE id = ${runId}::uuid AND lease_owner = ${owner}`;
  }

  /** Marks a run cancelled when no worker holds it (queued or waiting); false when it is being driven or has ended. */
  async cancelIdle(runId: string): Promise<boolean> {
    const written = await this.sql.$executeRaw`
      UPDATE workflow_runs SET status = 'CANCELLED', cancel_requested = true, finished_at = now(), resume_at = NULL
      WHERE id = ${runId}::uuid AND status IN ('QUEUED', 'WAITING', 'RUNNING')
        AND (lease_owner IS NULL OR lease_expires_at < now())`;
    return written > 0;
  }

  /** Asks the worker driving the run to stop; false when the run has already ended. */
  async requestCancel(runId: string): Promise<boolean> {
    const written = await this.sql.$executeRaw`
      UPDATE workflow_runs SET cancel_requested = true WHERE id = ${runId}::uuid AND status IN ('QUEUED', 'RUNNING', 'WAITING')`;
    return written > 0;
  }

  /** Ends a run whose worker saw the cancel (lease-fenced). */
  async markCancelled(runId: string, owner: string): Promise<boolean> {
    return this.finish(runId, owner, { status: 'CANCELLED', error: { nodeId: null, code: 'CANCELLED', message: 'The run was cancelled.' } });
  }

  /**
   * Runs that need a worker and have none: RUNNING/QUEUED with an expired lease (their worker died, or their queue job
   * was lost with an embedded queue) and WAITING ones past their wake-up time. Each is handed to exactly one sweeper:
   * the same statement bumps its epoch (a fresh queue job id) and holds it for `graceMs` so it is not swept twice.
   */
  async sweep(graceMs: number, limit = 100): Promise<{ runId: string; epoch: number }[]> {
    const rows = await this.sql.$queryRaw<{ id: string; epoch: number }[]>`
      UPDATE workflow_runs SET epoch = epoch + 1, lease_owner = NULL, lease_expires_at = now() + make_interval(secs => ${graceMs / 1000})
      WHERE id IN (
        SELECT id FROM workflow_runs
        WHERE ((status IN ('QUEUED', 'RUNNING') AND lease_expires_at < now())
           OR (status = 'WAITING' AND resume_at <= now() AND (lease_expires_at IS NULL OR lease_expires_at < now())))
        ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id, epoch`;
    return rows.map((r) => ({ runId: r.id, epoch: r.epoch }));
  }

  async status(runId: string): Promise<{ status: RunStatus; tenantId: string; output: unknown; error: RunError | null } | null> {
    const rows = await this.sql.$queryRaw<{ status: RunStatus; tenant_id: string; output: unknown; output_blob: string | null; error: RunError | null }[]>`
      SELECT status, tenant_id, output, output_blob, error FROM workflow_runs WHERE id = ${runId}::uuid`;
    const r = rows[0];
    if (!r) return null;
    return { status: r.status, tenantId: r.tenant_id, output: await loadPayload(this.deps.blobs, r.output, r.output_blob), error: r.error };
  }
}
