// Everything the access answer needs, read in ONE statement: it runs on every uncached gateway request.
import type { Tx } from '../db';

export interface AccessFacts {
  slug: string;
  planId: string;
  /** The API key's row as this tenant sees it (null: no key asked for, or not this tenant's). */
  key: { revokedAt: Date | null; expiresAt: Date | null; scopes: string[]; createdById: string | null } | null;
  /** Role of the user (for a key: of its creator) in the tenant; null when not a member. */
  role: string | null;
  customRoles: { name: string; description: string; permissions: string[] }[];
}

interface Row {
  slug: string;
  plan_id: string;
  key: { revoked_at: string | null; expires_at: string | null; scopes: string[]; created_by_id: string | null } | null;
  role: string | null;
  custom_roles: { name: string; description: string; permissions: string[] }[];
}

export const AccessRepository = {
  /** Null when the tenant does not exist. Runs inside withTenant, so RLS keeps keys, members and roles to this tenant. */
  async facts(tx: Tx, tenantId: string, userId: string | null, apiKeyId: string | null): Promise<AccessFacts | null> {
    const rows = await tx.$queryRaw<Row[]>`
      WITH k AS (
        SELECT revoked_at, expires_at, scopes, created_by_id FROM api_keys
        WHERE ${apiKeyId}::uuid IS NOT NULL AND id = ${apiKeyId}::uuid AND tenant_id = ${tenantId}::uuid
      )
      SELECT t.slug, t.plan_id,
        (SELECT row_to_json(k) FROM k) AS key,
        (SELECT m.role FROM memberships m
          WHERE m.tenant_id = t.id
            AND m.user_id = CASE WHEN ${apiKeyId}::uuid IS NULL THEN ${userId}::uuid ELSE (SELECT created_by_id FROM k) END) AS role,
        (SELECT COALESCE(json_agg(json_build_object('name', c.name, 'description', c.description, 'permissions', c.permissions)), '[]'::json)
          FROM custom_roles c WHERE c.tenant_id = t.id) AS custom_roles
      FROM tenants t WHERE t.id = ${tenantId}::uuid`;
    const row = rows[0];
    if (!row) return null;
    return {
      slug: row.slug,
      planId: row.plan_id,
      key: row.key && {
        revokedAt: row.key.revoked_at ? new Date(row.key.revoked_at) : null,
        expiresAt: row.key.expires_at ? new Date(row.key.expires_at) : null,
        scopes: row.key.scopes,
        createdById: row.key.created_by_id,
      },
      role: row.role,
      customRoles: row.custom_roles,
    };
  },
};
