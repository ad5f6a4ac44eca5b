// Transactional outbox: events commit or roll back with the change; a relay publishes them; consumers dedupe.
import { randomUUID } from 'node:crypto';
import type { Logger } from '@nexus/kernel/logger';
import type { DomainEvent, EventBus } from '@nexus/kernel/ports/event-bus';
import type { Database } from './create-database';
import { withTenant, type TenantTx } from './tenant-client';

export interface NewEvent<P> {
  type: string;
  /** null for global events. */
  tenantId: string | null;
  payload: P;
}

/** Writes the event in the caller's transaction; it is published only if that transaction commits. */
export async function enqueueEvent<P>(tx: TenantTx, event: NewEvent<P>): Promise<DomainEvent<P>> {
  const occurredAt = new Date();
  const domainEvent: DomainEvent<P> = { id: randomUUID(), type: event.type, tenantId: event.tenantId, occurredAt: occurredAt.toISOString(), payload: event.payload };
  // No RETURNING: the app may append global events it is not allowed to read back.
  await tx.$executeRaw`INSERT INTO outbox_events (id, tenant_id, type, payload, occurred_at)
    VALUES (${domainEvent.id}::uuid, ${event.tenantId}::uuid, ${event.type}, ${JSON.stringify(event.payload ?? null)}::jsonb, ${occurredAt})`;
  return domainEvent;
}

interface OutboxRow {
  id: string;
  tenant_id: string | null;
  type: string;
  payload: unknown;
  occurred_at: Date;
}

export interface OutboxRelayOptions {
  /** A database on the worker role (BYPASSRLS): the relay reads every tenant's events. */
  db: Database;
  bus: EventBus;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Where poll failures (database down, …) go; publish failures are stored on the row instead. */
  logger?: Logger;
  onError?: (error: unknown) => void;
}

/**
 * Publishes unpublished outbox rows to the bus, at least once. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays can run side by side; a failed publish bumps
 * `attempts`, keeps `last_error` and is retried on the next poll.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.batchSize = opts.batchSize ?? 100;
    this.pollIntervalMs = opts.pollIntervalMs ?? 250;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.notify();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private report(error: unknown): void {
    if (this.opts.onError) this.opts.onError(error);
    else this.opts.logger?.error({ err: error }, 'outbox relay poll failed; retrying');
  }

  /** Wakes the relay now instead of at the next poll (call after committing an event). */
  notify(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.flush()
      .then(() => undefined, (error: unknown) => this.report(error))
      .finally(() => {
        this.running = null;
        if (!this.started) return;
        if (this.again) {
          this.again = false;
          this.notify();
        } else {
          this.timer = setTimeout(() => this.notify(), this.pollIntervalMs);
        }
      });
  }

  /** Publishes everything claimable now; returns how many events were published. */
  async flush(): Promise<number> {
    const failed = new Set<string>();
    let published = 0;
    for (;;) {
      const batch = await this.publishBatch([...failed]);
      published += batch.published;
      for (const id of batch.failed) failed.add(id);
      if (batch.claimed < this.batchSize) return published;
    }
  }

  private async publishBatch(skip: string[]): Promise<{ claimed: number; published: number; failed: string[] }> {
    const conn = await this.opts.db.pool.connect();
    const failed: string[] = [];
    const done: string[] = [];
    try {
      await conn.query('BEGIN');
      const { rows } = await conn.query<OutboxRow>(
        `SELECT id, tenant_id, type, payload, occurred_at FROM outbox_events
          WHERE published_at IS NULL AND NOT (id = ANY($2::uuid[]))
          ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize, skip],
      );
      for (const row of rows) {
        const event: DomainEvent = { id: row.id, type: row.type, tenantId: row.tenant_id, occurredAt: row.occurred_at.toISOString(), payload: row.payload };
        try {
          await this.opts.bus.publish(event);
          done.push(row.id);
        } catch (error) {
          failed.push(row.id);
          await conn.query('UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [row.id, String((error as Error)?.message ?? error).slice(0, 2000)]);
        }
      }
      if (done.length > 0) await conn.query('UPDATE outbox_events SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])', [done]);
      await conn.query('COMMIT');
      return { claimed: rows.length, published: done.length, failed };
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      conn.release();
    }
  }
}

export interface ProcessOnceInput {
  /** Stable consumer name, e.g. `regions.catalog-replicator`. */
  consumer: string;
  event: DomainEvent;
  /** Tenant whose rows the handler writes; defaults to the event's tenant. */
  tenantId?: string | null;
}

/**
 * Runs the handler's writes and records (consumer, event id) in the same transaction, so a
 * redelivered event is skipped. Returns false when the event had already been processed.
 */
export async function processOnce(db: Database, input: ProcessOnceInput, handler: (tx: TenantTx) => Promise<void>): Promise<boolean> {
  return withTenant(db, { tenantId: input.tenantId === undefined ? input.event.tenantId : input.tenantId }, async (tx) => {
    // A concurrent duplicate waits on the primary key here and then sees the committed row.
    const inserted = await tx.$executeRaw`INSERT INTO processed_events (consumer, event_id) VALUES (${input.consumer}, ${input.event.id}::uuid) ON CONFLICT DO NOTHING`;
    if (inserted === 0) return false;
    await handler(tx);
    return true;
  });
}
