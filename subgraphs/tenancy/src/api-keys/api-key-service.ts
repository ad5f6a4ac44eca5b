// Creating, listing, revoking and verifying API keys.
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { requireScope, requireTenant, type RequestContext } from '@nexus/kernel/context';
import { enqueueEvent, withTenant, type Database } from '../db';
import { ApiKeyRepository, type ApiKeyRow } from './api-key-repository';
import { ZCreateApiKeyInput } from './api-key-inputs';
import { generateApiKey, keyMatches, parseApiKey } from './api-key-format';

/** Topic the gateway listens on to drop cached verifications of a revoked key at once. */
export const API_KEY_REVOKED_TOPIC = 'auth.api-key-revoked';
const TOUCH_EVERY_MS = 60_000;

export type VerifyResult =
  | { ok: true; tenantId: string; apiKeyId: string; scopes: string[]; roles: string[] }
  | { ok: false; reason: string };

export class ApiKeyService {
  constructor(private readonly db: Database, private readonly pubsub: PubSub) {}

  async list(ctx: RequestContext, args: PageArgs) {
    const tenantId = requireTenant(ctx);
    const page = decodePage(args);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [rows, total] = await Promise.all([ApiKeyRepository.list(tx, tenantId, page), ApiKeyRepository.count(tx, tenantId)]);
      return toConnection(rows, page.skip, total);
    });
  }

  async create(ctx: RequestContext, input: unknown): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    const tenantId = requireTenant(ctx);
    requireScope(ctx, 'keys:manage');
    const data = parseInput(ZCreateApiKeyInput, input);
    // A key can never grant more than the credential that creates it.
    const excess = data.scopes.filter((s) => !ctx.scopes.includes(s));
    if (excess.length) throw new DomainError(ErrorCode.FORBIDDEN, `You cannot grant scopes you do not hold: ${excess.join(', ')}.`);
    const { key, prefix, secretHash } = generateApiKey();
    const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
    const apiKey = await withTenant(this.db, { tenantId }, async (tx) => {
      const row = await ApiKeyRepository.create(tx, { tenantId, name: data.name, prefix, secretHash, scopes: data.scopes, createdById: ctx.userId, expiresAt });
      await enqueueEvent(tx, { type: 'ApiKeyCreated', tenantId, payload: { apiKeyId: row.id, name: row.name, prefix, by: ctx.userId } });
      return row;
    });
    return { apiKey, secret: key };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyRow> {
    const tenantId = requireTenant(ctx);
    requireScope(ctx, 'keys:manage');
    const revoked = await withTenant(this.db, { tenantId }, async (tx) => {
      const row = isUuid(id) ? await ApiKeyRepository.findById(tx, id) : null;
      if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No API key with this id in your organisation.', { field: 'id' });
      if (row.revokedAt) return row;
      const updated = await ApiKeyRepository.revoke(tx, id, new Date());
      await enqueueEvent(tx, { type: 'ApiKeyRevoked', tenantId, payload: { apiKeyId: id, name: row.name, prefix: row.prefix, by: ctx.userId } });
      return updated;
    });
    await this.pubsub.publish(API_KEY_REVOKED_TOPIC, { apiKeyId: revoked.id, prefix: revoked.prefix });
    return revoked;
  }

  /** Called by the gateway before any tenant is known; RLS exposes only the row with the presented prefix. */
  async verify(key: unknown): Promise<VerifyResult> {
    if (typeof key !== 'string') return { ok: false, reason: 'API key missing.' };
    const parsed = parseApiKey(key);
    if (!parsed) return { ok: false, reason: 'API key is malformed.' };
    return withTenant(this.db, { tenantId: null, apiKeyPrefix: parsed.prefix }, async (tx) => {
      const row = await ApiKeyRepository.findByPrefix(tx, parsed.prefix);
      if (!row || !keyMatches(key, row.secretHash)) return { ok: false, reason: 'API key is not recognised.' };
      if (row.revokedAt) return { ok: false, reason: 'API key has been revoked.' };
      const now = new Date();
      if (row.expiresAt && row.expiresAt <= now) return { ok: false, reason: 'API key has expired.' };
      if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) await ApiKeyRepository.touch(tx, row.id, now);
      return { ok: true, tenantId: row.tenantId, apiKeyId: row.id, scopes: row.scopes, roles: [] };
    });
  }
}

