// The audit log every subgraph writes to: one append-only row per administrative action, in the action's own transaction.
import type { RequestContext } from '@nexus/kernel/context';
import type { Prisma } from './generated/prisma/client';
import type { TenantTx } from './tenant-client';

export interface AuditEntry {
  /** `<area>.<verb>`, e.g. `member.role_changed`. */
  action: string;
  /** The subgraph recording it. */
  source: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string | null;
  before?: unknown;
  after?: unknown;
  /** Tenant acted on when it differs from the caller's (e.g. platform moderation of another publisher). */
  tenantId?: string;
}

const json = (v: unknown): Prisma.InputJsonValue | undefined => (v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Who did it, frozen as text: the user's email or the key's prefix (labels survive the user or key being deleted). */
async function actorLabel(tx: TenantTx, ctx: RequestContext): Promise<string> {
  if (ctx.apiKeyId) {
    const key = await tx.apiKey.findUnique({ where: { id: ctx.apiKeyId }, select: { prefix: true, name: true } });
    return key ? `api key ${key.prefix} (${key.name})` : `api key ${ctx.apiKeyId}`;
  }
  if (ctx.userId) {
    const user = await tx.user.findUnique({ where: { id: ctx.userId }, select: { email: true } });
    return user?.email ?? ctx.userId;
  }
  return 'system';
}

/**
 * Appends one audit row in `tx`; call it in the transaction that makes the change, so both commit or neither.
 * In a `withTenant` transaction RLS only accepts rows of that tenant; filing under another tenant
 * (`entry.tenantId`, e.g. moderation) needs the worker's `withSystem` transaction.
 */
export async function recordAudit(tx: TenantTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const tenantId = entry.tenantId ?? ctx.tenantId;
  // A caller without a tenant was refused by authorize() long before this; reaching here is a bug, not bad input.
  if (!tenantId) throw new Error(`recordAudit(${entry.action}) needs a tenant: from the request context or entry.tenantId.`);
  await tx.auditEvent.create({
    data: {
      tenantId,
      actorUserId: ctx.userId,
      actorApiKeyId: ctx.apiKeyId,
      actorLabel: await actorLabel(tx, ctx),
      action: entry.action,
      source: entry.source,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      targetLabel: entry.targetLabel ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
