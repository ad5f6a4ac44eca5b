// tenant_secrets rows of one tenant (RLS-scoped tx); only this file and the store see the sealed column.
import type { Tx } from '../db';
import type { SecretRow } from './secret-rows';

const PUBLIC = { name: true, createdAt: true, updatedAt: true } as const;

export const SecretRepository = {
  list: (tx: Tx): Promise<SecretRow[]> => tx.tenantSecret.findMany({ select: PUBLIC, orderBy: { name: 'asc' } }),
  find: (tx: Tx, tenantId: string, name: string): Promise<SecretRow | null> =>
    tx.tenantSecret.findUnique({ where: { tenantId_name: { tenantId, name } }, select: PUBLIC }),
  sealedValue: async (tx: Tx, tenantId: string, name: string): Promise<string | null> =>
    (await tx.tenantSecret.findUnique({ where: { tenantId_name: { tenantId, name } }, select: { sealed: true } }))?.sealed ?? null,
  upsert: (tx: Tx, data: { tenantId: string; name: string; sealed: string; createdById: string | null }): Promise<SecretRow> =>
    tx.tenantSecret.upsert({
      where: { tenantId_name: { tenantId: data.tenantId, name: data.name } },
      create: data,
      update: { sealed: data.sealed },
      select: PUBLIC,
    }),
  delete: (tx: Tx, tenantId: string, name: string): Promise<SecretRow> =>
    tx.tenantSecret.delete({ where: { tenantId_name: { tenantId, name } }, select: PUBLIC }),
};
