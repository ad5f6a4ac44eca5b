// The organisation's audit log: filtered pages (keyset on seq, newest first) and a capped CSV export. Needs `audit:read`.
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { MAX_PAGE } from '@nexus/kernel/connection';
import { withTenant } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import { AuditLogRepository, type AuditRow } from './audit-log-repository';
import { auditWhere, parseAuditFilter } from './audit-filter';
import { toAuditCsv } from './audit-csv';

export const AUDIT_CSV_MAX_ROWS = 10_000;
const CSV_BATCH = 2_000;

const cursorOf = (seq: bigint) => Buffer.from(`a:${seq}`).toString('base64url');

function seqOf(after: string): bigint {
  const m = /^a:(\d{1,19})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after is not a cursor returned by auditLog.', { field: 'after' });
  return BigInt(m[1]!);
}

/** The GraphQL AuditEvent: JSON states as strings, the frozen actor label as `actor`. */
export function toAuditEvent(r: AuditRow) {
  const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
  return {
    id: r.id, occurredAt: r.occurredAt.toISOString(), actor: r.actorLabel, actorUserId: r.actorUserId, actorApiKeyId: r.actorApiKeyId,
    action: r.action, source: r.source, targetType: r.targetType, targetId: r.targetId, targetLabel: r.targetLabel,
    ip: r.ip, requestId: r.requestId, before: json(r.before), after: json(r.after),
  };
}

export interface AuditLogArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

export class AuditLogService {
  constructor(private readonly db: Database) {}

  async list(ctx: RequestContext, args: AuditLogArgs) {
    const tenantId = authorize(ctx, 'audit:read');
    const filter = parseAuditFilter(args.filter);
    const take = args.first ?? 50;
    if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE) throw new DomainError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE}, got ${take}`, { field: 'first' });
    const beforeSeq = args.after ? seqOf(args.after) : undefined;
    const where = auditWhere(tenantId, filter);
    // RLS binds the transaction to the caller's tenant as well: the filter's tenantId is for the index, not the fence.
    const { rows, total, more } = await withTenant(this.db, { tenantId }, async (tx) => {
      const page = await AuditLogRepository.page(tx, where, take + 1, beforeSeq);
      return { rows: page.slice(0, take), more: page.length > take, total: await AuditLogRepository.count(tx, where) };
    });
    const edges = rows.map((r) => ({ cursor: cursorOf(r.seq), node: toAuditEvent(r) }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: more, hasPreviousPage: beforeSeq !== undefined, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The newest AUDIT_CSV_MAX_ROWS matching rows, newest first, in keyset batches (rows appended meanwhile have higher seqs and never slip in). */
  async csv(ctx: RequestContext, rawFilter: unknown): Promise<string> {
    const tenantId = authorize(ctx, 'audit:read');
    const where = auditWhere(tenantId, parseAuditFilter(rawFilter));
    const rows = await withTenant(this.db, { tenantId }, async (tx) => {
      const out: AuditRow[] = [];
      for (;;) {
        const want = Math.min(CSV_BATCH, AUDIT_CSV_MAX_ROWS - out.length);
        const batch = await AuditLogRepository.page(tx, where, want, out.at(-1)?.seq);
        out.push(...batch);
        if (batch.length < want || out.length >= AUDIT_CSV_MAX_ROWS) return out;
      }
    });
    return toAuditCsv(rows);
  }
}
