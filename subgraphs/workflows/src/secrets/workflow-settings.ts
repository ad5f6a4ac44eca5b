// Per-tenant workflow settings: the hosts HTTP request nodes may call (none until an admin lists some).
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database } from '../db';
import { parseAllowedHosts } from './allowed-hosts';
import { SettingsRepository } from './settings-repository';

export interface WorkflowSettingsDeps {
  db: Database;
}

export class WorkflowSettingsService {
  constructor(private readonly deps: WorkflowSettingsDeps) {}

  async get(ctx: RequestContext): Promise<{ allowedHosts: string[] }> {
    const tenantId = authorize(ctx, 'workflows:read');
    return { allowedHosts: await this.read(tenantId, ctx.userId) };
  }

  async setAllowedHosts(ctx: RequestContext, hosts: unknown): Promise<{ allowedHosts: string[] }> {
    const tenantId = authorize(ctx, 'workflows:write');
    const next = parseAllowedHosts(hosts);
    return withTenant(this.deps.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const before = (await SettingsRepository.allowedHosts(tx, tenantId)) ?? [];
      const allowedHosts = await SettingsRepository.setAllowedHosts(tx, tenantId, next);
      await recordAudit(tx, ctx, {
        action: 'workflow_settings.allowed_hosts_changed', source: 'workflows', targetType: 'workflow_settings', targetId: tenantId,
        before: { allowedHosts: before }, after: { allowedHosts },
      });
      return { allowedHosts };
    });
  }

  /** For the HTTP request node at run time (no request context, only the run's tenant). */
  allowedHosts(tenantId: string): Promise<string[]> {
    return this.read(tenantId, null);
  }

  private async read(tenantId: string, userId: string | null): Promise<string[]> {
    return (await withTenant(this.deps.db, { tenantId, userId }, (tx) => SettingsRepository.allowedHosts(tx, tenantId))) ?? [];
  }
}
