// Creating, listing, revoking and verifying API keys.
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import type { RequestContext } from '@nexus/kernel/context';
import { authorize, effectivePermissions } from '@nexus/kernel/authz/guard';
import { isPlatformPermission } from '@nexus/kernel/authz/permissions';
import { permissionsOfScopes } from '@nexus/kernel/authz/api-key-scopes';
import { recordAudit } from '@nexus/db/audit';
import { withSystem } from '@nexus/db/tenant-client';
import { enqueueEvent, withTenant, type Database, type Tx } from '../db';
import { ApiKeyRepository, type ApiKeyRow } from './api-key-repository';
import { ZCreateApiKeyInput } from './api-key-inputs';
import { generateApiKey, keyMatches, parseApiKey } from './api-key-format';

/** Topic the gateway listens on to drop cached verifications of a revoked key at once. */
export const API_KEY_REVOKED_TOPIC = 'auth.api-key-revoked';
const TOUCH_EVERY_MS = 60_000;

export type VerifyResult =
  | { ok: true; tenantId: string; apiKeyId: string; scopes: string[]; roles: string[] }
  | { ok: false; reason: string };

/**
 * What the caller may put in a key's scopes: their permissions here, plus platform permissions their roles
 * (and, for a key, its scopes) carry. The access step strips those outside the platform organisation, so
 * such a scope does nothing there; refusing it would only stop owners from asking for "every permission".
 */
function allowedScopePermissions(ctx: RequestContext): Set<string> {
  return new Set<string>([...ctx.permissions, ...[...effectivePermissions(ctx)].filter(isPlatformPermission)]);
}

const auditView = (k: ApiKeyRow) => ({ name: k.name, prefix: k.prefix, scopes: k.scopes, expiresAt: k.expiresAt, revokedAt: k.revokedAt });

export class ApiKeyService {
  constructor(private readonly db: Database, private readonly workerDb: Database, private readonly pubsub: PubSub) {}

  async list(ctx: RequestContext, args: PageArgs) {
    const tenantId = authorize(ctx, 'keys:read');
    const page = decodePage(args);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [rows, total] = await Promise.all([ApiKeyRepository.list(tx, tenantId, page), ApiKeyRepository.count(tx, tenantId)]);
      return toConnection(rows, page.skip, total);
    });
  }

  async create(ctx: RequestContext, input: unknown): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    const tenantId = authorize(ctx, 'keys:manage');
    const data = parseInput(ZCreateApiKeyInput, input);
    // A key never does more than the credential creating it may do (for a key: its own roles ∩ scopes).
    const allowed = allowedScopePermissions(ctx);
    const excess = data.scopes.filter((s) => [...permissionsOfScopes([s])].some((p) => !allowed.has(p)));
    if (excess.length) {
      throw new DomainError(ErrorCode.FORBIDDEN, `You cannot give a key scopes your role does not allow: ${excess.join(', ')}.`, { field: 'scopes' });
    }
    const { key, prefix, secretHash } = generateApiKey();
    const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
    const apiKey = await withTenant(this.db, { tenantId }, async (tx) => {
      const createdById = await this.creatorOf(tx, ctx);
      const row = await ApiKeyRepository.create(tx, { tenantId, name: data.name, prefix, secretHash, scopes: data.scopes, createdById, expiresAt });
      await enqueueEvent(tx, { type: 'ApiKeyCreated', tenantId, payload: { apiKeyId: row.id, name: row.name, prefix, by: createdById } });
      await recordAudit(tx, ctx, { action: 'api_key.created', source: 'tenancy', targetType: 'api_key', targetId: row.id, targetLabel: `${row.prefix} (${row.name})`, after: auditView(row) });
      return row;
    });
    return { apiKey, secret: key };
  }

  /** The user a new key answers to: the signed-in user, or, when a key creates a key, that key's own creator (access reads roles from them). */
  private async creatorOf(tx: Tx, ctx: RequestContext): Promise<string | null> {
    if (ctx.userId) return ctx.userId;
    if (!ctx.apiKeyId) return null;
    return (await ApiKeyRepository.findById(tx, ctx.apiKeyId))?.createdById ?? null;
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyRow> {
    const tenantId = authorize(ctx, 'keys:manage');
    const revoked = await withTenant(this.db, { tenantId }, async (tx) => {
      const row = isUuid(id) ? await ApiKeyRepository.findById(tx, id) : null;
      if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No API key with this id in your organisation.', { field: 'id' });
      if (row.revokedAt) return row;
      const updated = await ApiKeyRepository.revoke(tx, id, new Date());
      await enqueueEvent(tx, { type: 'ApiKeyRevoked', tenantId, payload: { apiKeyId: id, name: row.name, prefix: row.prefix, by: ctx.userId } });
      await recordAudit(tx, ctx, { action: 'api_key.revoked', source: 'tenancy', targetType: 'api_key', targetId: id, targetLabel: `${row.prefix} (${row.name})`, before: auditView(row), after: auditView(updated) });
      return updated;
    });
    await this.pubsub.publish(API_KEY_REVOKED_TOPIC, { apiKeyId: revoked.id, prefix: revoked.prefix });
    return revoked;
  }

  /** Called by the gateway before any tenant is known; RLS exposes only the row with the presented prefix. */
  async verify(key: unknown, ip: unknown = null): Promise<VerifyResult> {
    if (typeof key !== 'string') return { ok: false, reason: 'API key missing.' };
    const parsed = parseApiKey(key);
    if (!parsed) return { ok: false, reason: 'API key is malformed.' };
    const row = await withTenant(this.db, { tenantId: null, apiKeyPrefix: parsed.prefix }, (tx) => ApiKeyRepository.findByPrefix(tx, parsed.prefix));
    if (!row || !keyMatches(key, row.secretHash)) return { ok: false, reason: 'API key is not recognised.' };
    if (row.revokedAt) return { ok: false, reason: 'API key has been revoked.' };
    const now = new Date();
    if (row.expiresAt && row.expiresAt <= now) return { ok: false, reason: 'API key has expired.' };
    const clientIp = typeof ip === 'string' && ip.length <= 64 ? ip : null;
    // Stamped at most once a minute per key (or when the address changes), so busy keys do not write on every request.
    const stale = !row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS;
    if (stale || (clientIp && clientIp !== row.lastUsedIp)) {
      await withSystem(this.workerDb, (tx) => ApiKeyRepository.touch(tx, row.id, now, clientIp ?? row.lastUsedIp));
    }
    return { ok: true, tenantId: row.tenantId, apiKeyId: row.id, scopes: row.scopes, roles: [] };
  }
}
