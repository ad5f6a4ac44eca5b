// Reads of the audit log; the table is append-only, so the application never updates or deletes here.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { TenantTx } from '@nexus/db/tenant-client';

export type AuditRow = Prisma.AuditEventGetPayload<object>;

export const AuditLogRepository = {
  /** Newest first; `beforeSeq` continues after the last row of the previous page (keyset, so new rows never shift a page). */
  page: (tx: TenantTx, where: Prisma.AuditEventWhereInput, take: number, beforeSeq?: bigint): Promise<AuditRow[]> =>
    tx.auditEvent.findMany({ where: beforeSeq === undefined ? where : { AND: [where, { seq: { lt: beforeSeq } }] }, orderBy: { seq: 'desc' }, take }),
  count: (tx: TenantTx, where: Prisma.AuditEventWhereInput): Promise<number> => tx.auditEvent.count({ where }),
};
