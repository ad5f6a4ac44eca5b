// recordAudit: one row in the caller's transaction, actor frozen as text, filed only under the transaction's tenant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { createDatabase, type Database } from './create-database';
import { makeApiKey, makeTenant, makeUser } from './factories';
import type { Tenant, User } from './generated/prisma/client';
import { recordAudit } from './audit';
import { withSystem, withTenant } from './tenant-client';

let testDb: TestDatabase;
let app: Database;
let worker: Database;
let a: Tenant;
let b: Tenant;
let ada: User;

const ctxOf = (over: Partial<RequestContext>): RequestContext => ({ ...anonymousContext(randomUUID()), tenantId: a.id, ip: '198.51.100.7', ...over });
const rowsOf = (ctx: RequestContext) => withSystem(worker, (tx) => tx.auditEvent.findMany({ where: { requestId: ctx.requestId } }));
const entry = { action: 'test.done', source: 'db-test', targetType: 'thing', targetId: 't1', targetLabel: 'Thing one' };

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = createDatabase({ url: testDb.appUrl });
  worker = createDatabase({ url: testDb.workerUrl, poolSize: 2 });
  a = await makeTenant(app, { slug: 'audit-db-a' });
  b = await makeTenant(app, { slug: 'audit-db-b' });
  ada = await makeUser(app, { email: 'ada-audit@example.test' });
});
afterAll(async () => {
  await Promise.all([app?.close(), worker?.close()]);
  await testDb?.drop();
});

describe('recordAudit', () => {
  it('writes one row with the user’s email as actor, the IP and request id, and JSON states', async () => {
    const ctx = ctxOf({ userId: ada.id });
    const when = new Date('2026-11-26T10:00:00Z');
    await withTenant(app, { tenantId: a.id }, (tx) => recordAudit(tx, ctx, { ...entry, before: { role: 'MEMBER', at: when, gone: undefined }, after: null }));
    expect(await rowsOf(ctx)).toEqual([expect.objectContaining({
      tenantId: a.id, actorUserId: ada.id, actorApiKeyId: null, actorLabel: 'ada-audit@example.test', ip: '198.51.100.7', requestId: ctx.requestId,
      action: 'test.done', source: 'db-test', targetType: 'thing', targetId: 't1', targetLabel: 'Thing one',
      before: { role: 'MEMBER', at: '2026-11-26T10:00:00.000Z' }, after: null,
    })]);
  });

  it('labels an API key by prefix and name, and a job without either as system', async () => {
    const { apiKey } = await makeApiKey(app, { tenantId: a.id, createdById: ada.id, name: 'CI deploys' });
    const byKey = ctxOf({ apiKeyId: apiKey.id });
    const byJob = ctxOf({ ip: null });
    await withTenant(app, { tenantId: a.id }, async (tx) => {
      await recordAudit(tx, byKey, entry);
      await recordAudit(tx, byJob, entry);
    });
    expect((await rowsOf(byKey))[0]).toMatchObject({ actorLabel: `api key ${apiKey.prefix} (CI deploys)`, actorApiKeyId: apiKey.id, actorUserId: null });
    expect((await rowsOf(byJob))[0]).toMatchObject({ actorLabel: 'system', ip: null });
  });

  it('rolls back with the change it describes', async () => {
    const ctx = ctxOf({ userId: ada.id });
    await expect(withTenant(app, { tenantId: a.id }, async (tx) => {
      await recordAudit(tx, ctx, entry);
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await rowsOf(ctx)).toEqual([]);
  });

  it('cannot file a row under another tenant from a tenant transaction; the worker can (moderation)', async () => {
    const ctx = ctxOf({ userId: ada.id });
    await expect(withTenant(app, { tenantId: a.id }, (tx) => recordAudit(tx, ctx, { ...entry, tenantId: b.id }))).rejects.toThrow(/row-level security/);
    expect(await rowsOf(ctx)).toEqual([]);
    await withSystem(worker, (tx) => recordAudit(tx, ctx, { ...entry, tenantId: b.id }));
    expect((await rowsOf(ctx)).map((r) => r.tenantId)).toEqual([b.id]);
  });

  it('needs a tenant, from the context or the entry', async () => {
    await expect(withSystem(worker, (tx) => recordAudit(tx, anonymousContext(), entry))).rejects.toThrow('recordAudit(test.done) needs a tenant');
  });
});
