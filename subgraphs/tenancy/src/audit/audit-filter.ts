// The audit log's filter: validated once, turned into a Prisma `where` that the list, count and CSV export share.
import { z } from 'zod';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import type { Prisma } from '@nexus/db/generated/prisma/client';

/** ISO 8601: a date (`2026-11-26`, midnight UTC) or a date-time with a zone (`2026-11-26T09:30:00Z`, `…+01:00`). */
const ZInstant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an ISO 8601 date (2026-11-26) or date-time with a zone (2026-11-26T09:30:00Z)' })
  .transform((s) => new Date(s));

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullish().transform((s) => s || undefined);

export const ZAuditFilter = z
  .object({
    action: optionalText(100),
    actorUserId: z.uuid('must be a user id').nullish().transform((s) => s ?? undefined),
    targetType: optionalText(64),
    from: ZInstant.nullish().transform((d) => d ?? undefined),
    to: ZInstant.nullish().transform((d) => d ?? undefined),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be earlier than from', path: ['to'] });
export type TAuditFilter = z.output<typeof ZAuditFilter>;

/** Like parseInput, but names the first offending field, so a query error (not a payload) still points at it. */
export function parseAuditFilter(input: unknown): TAuditFilter {
  try {
    return parseInput(ZAuditFilter, input ?? {});
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `filter: ${e.message}`, { field: e.problems[0]?.field, problems: e.problems });
  }
}

/** LIKE treats `_` and `%` as wildcards; an action prefix such as `api_key.` must match literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function auditWhere(tenantId: string, f: TAuditFilter): Prisma.AuditEventWhereInput {
  return {
    tenantId,
    ...(f.action ? { action: { startsWith: escapeLike(f.action) } } : {}),
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.from || f.to ? { occurredAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
}
