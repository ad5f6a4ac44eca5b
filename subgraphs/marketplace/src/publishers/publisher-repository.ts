// Publisher rows: which scope a tenant publishes under, its verification and review policy.
import type { Tx } from '../db';

export interface PublisherRow { tenantId: string; scope: string; name: string; verified: boolean; autoApprove: boolean }

export const PublisherRepository = {
  byTenant: (tx: Tx, tenantId: string): Promise<PublisherRow | null> => tx.publisher.findUnique({ where: { tenantId } }),
  byScope: (tx: Tx, scope: string): Promise<PublisherRow | null> => tx.publisher.findUnique({ where: { scope } }),
  byTenants: (tx: Tx, tenantIds: string[]): Promise<PublisherRow[]> => tx.publisher.findMany({ where: { tenantId: { in: tenantIds } } }),
  /** Verification and review policy: platform moderation only, through the worker. */
  updatePolicy: (tx: Tx, tenantId: string, data: { verified?: boolean; autoApprove?: boolean }): Promise<PublisherRow> =>
    tx.publisher.update({ where: { tenantId }, data }),
  /** A tenant registers itself (unverified, reviewed); moderation changes the rest through the worker. */
  create: (tx: Tx, data: { tenantId: string; scope: string; name: string }) =>
    tx.publisher.upsert({ where: { tenantId: data.tenantId }, create: data, update: {} }),
};
