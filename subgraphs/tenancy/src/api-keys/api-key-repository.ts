// API key rows of one tenant (or, for authentication, the one row whose prefix was presented).
import type { Tx } from '../db';

export interface ApiKeyRow {
  id: string; tenantId: string; name: string; prefix: string; secretHash: string; scopes: string[];
  createdById: string | null; createdAt: Date; lastUsedAt: Date | null; lastUsedIp: string | null; expiresAt: Date | null; revokedAt: Date | null;
}

export const ApiKeyRepository = {
  list: (tx: Tx, tenantId: string, page: { take: number; skip: number }): Promise<ApiKeyRow[]> =>
    tx.apiKey.findMany({ where: { tenantId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.take, skip: page.skip }),
  count: (tx: Tx, tenantId: string): Promise<number> => tx.apiKey.count({ where: { tenantId } }),
  findById: (tx: Tx, id: string): Promise<ApiKeyRow | null> => tx.apiKey.findUnique({ where: { id } }),
  findByPrefix: (tx: Tx, prefix: string): Promise<ApiKeyRow | null> => tx.apiKey.findUnique({ where: { prefix } }),
  create: (tx: Tx, data: Pick<ApiKeyRow, 'tenantId' | 'name' | 'prefix' | 'secretHash' | 'scopes' | 'createdById' | 'expiresAt'>): Promise<ApiKeyRow> =>
    tx.apiKey.create({ data }),
  revoke: (tx: Tx, id: string, at: Date): Promise<ApiKeyRow> => tx.apiKey.update({ where: { id }, data: { revokedAt: at } }),
  /** Worker database only (RLS lets the prefix path change last_used_at alone, and the IP is stamped with it). */
  touch: (tx: Tx, id: string, at: Date, ip: string | null) => tx.apiKey.update({ where: { id }, data: { lastUsedAt: at, lastUsedIp: ip } }),
};
