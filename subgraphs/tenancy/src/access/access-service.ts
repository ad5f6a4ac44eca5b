// Tenancy's answer to the gateway's access step: the caller's current roles, permissions and plan limits in one tenant.
import { z } from 'zod';
import { withTenant, type Database } from '../db';
import type { TenancyConfig } from '../config';
import { planById } from '../quotas/plans';
import { toCustomRoles } from '../members/role-repository';
import { AccessRepository } from './access-repository';
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
    const facts = await withTenant(this.db, { tenantId }, (tx) => AccessRepository.facts(tx, tenantId, userId, apiKeyId));
    if (!facts) return refuse('This organisation does not exist.');
    let keyScopes: string[] = [];
    if (apiKeyId) {
      const { key } = facts;
      if (!key) return refuse('This API key does not belong to this organisation.');
      if (key.revokedAt) return refuse('API key has been revoked.');
      if (key.expiresAt && key.expiresAt <= new Date()) return refuse('API key has expired.');
      if (!facts.role) return refuse("The API key's creator is no longer a member of this organisation.");
      keyScopes = key.scopes.filter((s) => scopes.includes(s));
    } else if (userId && !facts.role) {
      return refuse('You are not a member of this organisation.');
    }
    return grantFor({
      role: facts.role, apiKeyId, scopes: keyScopes,
      customRoles: facts.role ? toCustomRoles(facts.customRoles) : [],
      isPlatformTenant: this.config.platformAdminTenant !== null && facts.slug === this.config.platformAdminTenant,
      plan: planById(facts.planId),
    });
  }
}
