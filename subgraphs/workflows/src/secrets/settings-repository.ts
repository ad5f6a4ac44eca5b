// The one workflow_settings row of a tenant (RLS-scoped tx).
import type { Tx } from '../db';

export const SettingsRepository = {
  allowedHosts: async (tx: Tx, tenantId: string): Promise<string[] | null> =>
    (await tx.workflowSettings.findUnique({ where: { tenantId }, select: { allowedHosts: true } }))?.allowedHosts ?? null,
  setAllowedHosts: async (tx: Tx, tenantId: string, allowedHosts: string[]): Promise<string[]> =>
    (await tx.workflowSettings.upsert({ where: { tenantId }, create: { tenantId, allowedHosts }, update: { allowedHosts }, select: { allowedHosts: true } })).allowedHosts,
};
