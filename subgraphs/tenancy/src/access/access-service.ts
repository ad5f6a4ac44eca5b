// Tenancy's answer to the gateway's access step: the caller's current roles, permissions and plan limits in one tenant.
import { z } from 'zod';
import { withTenant, type Database, type Tx } from '../db';
import type { TenancyConfig } from '../config';
import { planById } from '../quotas/plans';
import { TenantRepository } from '../tenants/tenant-repository';
import { MemberRepository } from '../members/member-repository';
import { customRolesOf } from '../members/role-repository';
import { ApiKeyRepository } from '../api-keys/api-key-repository';
import { grantFor, type AccessAnswer } from './access-grant';

export const ZAccessRequest = z.object({
  tenantId: z.uuid(),
  userId: z.uuid().nullish().transform((v) => v ?? null),
  apiKeyId: z.uuid().nullish().transform((v) => v ?? null),
  scopes: z.array(z.string().max(64)).max(100).default([]),
});

const refuse = (reason: string): AccessAnswer => ({ ok: false, reason });

export class AccessService {
  constructor(private readonly db: Database, private readonly config: Pick<TenancyConfig, 'platformAdminTenant'>) {}

  /**
   * A user acts with their membership role. An API key acts with its creator's CURRENT role, narrowed by
   * its scopes (the stored ones, intersected with what the gateway presents), so demoting or removing a
   * person also narrows or stops their keys. No credentials at all (a visitor on the tenant's domain): no roles.
   */
  async resolve(body: unknown): Promise<AccessAnswer> {
    const parsed = ZAccessRequest.safeParse(body);
    if (!parsed.success) return refuse('Malformed access request.');
    const { tenantId, userId, apiKeyId, scopes } = parsed.data;
    return withTenant(this.db, { tenantId }, async (tx) => {
      const tenant = await TenantRepository.findById(tx, tenantId);
      if (!tenant) return refuse('This organisation does not exist.');
      let role: string | null = null;
      let keyScopes: string[] = [];
      if (apiKeyId) {
        const key = await this.liveKey(tx, tenantId, apiKeyId);
        if (typeof key === 'string') return refuse(key);
        role = await roleOf(tx, tenantId, key.createdById);
        if (!role) return refuse("The API key's creator is no longer a member of this organisation.");
        keyScopes = key.scopes.filter((s) => scopes.includes(s));
      } else if (userId) {
        role = await roleOf(tx, tenantId, userId);
        if (!role) return refuse('You are not a member of this organisation.');
      }
      return grantFor({
        role, apiKeyId, scopes: keyScopes, customRoles: role ? await customRolesOf(tx, tenantId) : [],
        isPlatformTenant: this.config.platformAdminTenant !== null && tenant.slug === this.config.platformAdminTenant,
        plan: planById(tenant.planId),
      });
    });
  }

  /** The key's row when it belongs to the tenant and still works; otherwise why not. */
  private async liveKey(tx: Tx, tenantId: string, apiKeyId: string) {
    const key = await ApiKeyRepository.findById(tx, apiKeyId);
    if (!key || key.tenantId !== tenantId) return 'This API key does not belong to this organisation.';
    if (key.revokedAt) return 'API key has been revoked.';
    if (key.expiresAt && key.expiresAt <= new Date()) return 'API key has expired.';
    return key;
  }
}

async function roleOf(tx: Tx, tenantId: string, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await MemberRepository.find(tx, tenantId, userId))?.role ?? null;
}
