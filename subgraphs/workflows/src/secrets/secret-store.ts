// The tenant secret store: values sealed at rest, never returned, logged or audited; nodes resolve them by name.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { open, seal } from '@nexus/kernel/crypto/aead';
import { parseInput } from '@nexus/kernel/validation';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../db';
import { SecretRepository } from './secret-repository';
import type { SecretRow } from './secret-rows';

export const SECRET_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MAX_SECRET_BYTES = 64 * 1024;

export const ZSecretName = z.string().regex(SECRET_NAME_PATTERN, 'must be 1-64 characters of A-Z, a-z, 0-9 or _, not starting with a digit');

export interface SecretStoreDeps {
  db: Database;
  encryptionKey: Buffer;
}

/** Checked by hand, not by zod: a zod issue could carry the received value into an error message or log line. */
function parseValue(value: unknown): string {
  if (typeof value !== 'string') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'value must be a string.', { field: 'value' });
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes < 1 || bytes > MAX_SECRET_BYTES) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `value must be 1 byte to 64 KB (got ${bytes} bytes).`, { field: 'value' });
  }
  return value;
}

const parseName = (name: unknown): string => parseInput(z.object({ name: ZSecretName }), { name }).name;

export class SecretStore {
  constructor(private readonly deps: SecretStoreDeps) {}

  async list(ctx: RequestContext): Promise<SecretRow[]> {
    const tenantId = authorize(ctx, 'workflows:read');
    return withTenant(this.deps.db, { tenantId, userId: ctx.userId }, (tx) => SecretRepository.list(tx));
  }

  async set(ctx: RequestContext, name: unknown, value: unknown): Promise<SecretRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const key = parseName(name);
    const sealed = seal(this.deps.encryptionKey, Buffer.from(parseValue(value), 'utf8')).toString('base64');
    return withTenant(this.deps.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const existed = await SecretRepository.find(tx, tenantId, key);
      const row = await SecretRepository.upsert(tx, { tenantId, name: key, sealed, createdById: ctx.userId });
      await this.audit(tx, ctx, existed ? 'secret.updated' : 'secret.created', key);
      return row;
    });
  }

  async delete(ctx: RequestContext, name: unknown): Promise<SecretRow> {
    const tenantId = authorize(ctx, 'workflows:write');
    const key = parseName(name);
    return withTenant(this.deps.db, { tenantId, userId: ctx.userId }, async (tx) => {
      if (!(await SecretRepository.find(tx, tenantId, key))) {
        throw new DomainError(ErrorCode.NOT_FOUND, `No secret named ${key} in this organisation.`, { field: 'name' });
      }
      const row = await SecretRepository.delete(tx, tenantId, key);
      await this.audit(tx, ctx, 'secret.deleted', key);
      return row;
    });
  }

  /** For the engine (node config references a secret by name): the plaintext, or null when the tenant has none by that name. */
  async resolve(tenantId: string, name: string): Promise<string | null> {
    if (!SECRET_NAME_PATTERN.test(name)) return null;
    const sealed = await withTenant(this.deps.db, { tenantId }, (tx) => SecretRepository.sealedValue(tx, tenantId, name));
    return sealed === null ? null : open(this.deps.encryptionKey, Buffer.from(sealed, 'base64')).toString('utf8');
  }

  private audit(tx: Tx, ctx: RequestContext, action: string, name: string): Promise<void> {
    return recordAudit(tx, ctx, { action, source: 'workflows', targetType: 'tenant_secret', targetLabel: name, after: { name } });
  }
}
