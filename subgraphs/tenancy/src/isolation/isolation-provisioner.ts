// The scheduled job that applies tenants' isolation objects to the cluster: PENDING → APPLYING → READY, or FAILED
// with a growing wait before the next try. Runs only when a cluster is configured (otherwise rows stay MANUAL).
import type { Logger } from '@nexus/kernel/logger';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import type { TenantIsolationApplier } from './kubernetes-applier';
import { IsolationRepository, type DueIsolation } from './isolation-repository';
import { manifestHash, manifestsForTenant } from './plan-manifests';

export interface ProvisionerOptions {
  /** Worker database: the job reads and writes every tenant's row. */
  workerDb: Database;
  applier: TenantIsolationApplier;
  logger: Logger;
  /** How often to look for due rows. Default 15 s. */
  intervalMs?: number;
  /** Wait after the first failure, doubled after each further one, up to `maxBackoffMs`. Default 30 s … 1 h. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** An APPLYING row older than this belongs to a worker that died; it is claimed again. Default 10 min. */
  staleAfterMs?: number;
  batchSize?: number;
  now?: () => Date;
}

// One pass at a time across instances: claiming is serialized by this transaction-scoped advisory lock.
const LOCK_KEY = 'nexus:tenant-isolation-provisioner';

/** Wait before the attempt after `failedAttempts` failures: base, 2×base, 4×base, … capped. */
export function backoffMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

export class IsolationProvisioner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private readonly now: () => Date;

  constructor(private readonly o: ProvisionerOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** Takes MANUAL rows over (a cluster was configured since) and starts the periodic pass. */
  async start(): Promise<void> {
    await withSystem(this.o.workerDb, (tx) => IsolationRepository.syncMode(tx, true, this.now()));
    this.timer = setInterval(() => this.wake(), this.o.intervalMs ?? 15_000);
    this.timer.unref();
    this.wake();
  }

  /** Runs a pass soon (after a tenant was created, a retry was asked for, a plan changed). */
  wake(): void {
    if (this.stopped || this.running) return;
    void this.runOnce().catch((e: unknown) => this.o.logger.error({ err: e }, 'isolation provisioning pass failed; retrying on the next tick'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass: claims the due rows and applies each; returns how many were attempted. Concurrent calls share it. */
  runOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.now();
    const staleBefore = new Date(now.getTime() - (this.o.staleAfterMs ?? 600_000));
    const due = await withSystem(this.o.workerDb, async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${LOCK_KEY})) AS locked`;
      return lock?.locked ? IsolationRepository.claimDue(tx, now, staleBefore, this.o.batchSize ?? 20) : [];
    });
    // One tenant at a time: the API server sees a steady trickle, and one slow tenant delays, not blocks, the rest.
    for (const row of due) await this.provision(row);
    return due.length;
  }

  private async provision(row: DueIsolation): Promise<void> {
    let hash: string;
    try {
      const objects = manifestsForTenant({ id: row.tenantId, slug: row.slug, planId: row.planId });
      hash = manifestHash(objects);
      await this.o.applier.apply(objects);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const failedAt = this.now();
      const wait = backoffMs(row.attempts + 1, this.o.baseBackoffMs ?? 30_000, this.o.maxBackoffMs ?? 3_600_000);
      await withSystem(this.o.workerDb, (tx) => IsolationRepository.markFailed(tx, row.tenantId, reason, new Date(failedAt.getTime() + wait), failedAt));
      this.o.logger.warn({ tenantId: row.tenantId, attempts: row.attempts + 1, retryInMs: wait, err: reason }, 'tenant isolation apply failed');
      return;
    }
    await withSystem(this.o.workerDb, (tx) => IsolationRepository.markReady(tx, row.tenantId, hash, this.now()));
  }
}
