// Row-level security as the application role: tenants never see or change each other's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { createDatabase, type Database } from './create-database';
import { makeAgent, makeApiKey, makeMembership, makeTenant, makeUser } from './factories';
import type { Agent, ApiKey, Tenant, User } from './generated/prisma/client';
import { withSystem, withTenant } from './tenant-client';

let testDb: TestDatabase;
let app: Database;
let worker: Database;
let a: Tenant;
let b: Tenant;
let alice: User;
let bob: User;
let keyA: ApiKey;
let keyB: ApiKey;
let privateA: Agent;
let privateB: Agent;
let publicB: Agent;

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = createDatabase({ url: testDb.appUrl, poolSize: 10 });
  worker = createDatabase({ url: testDb.workerUrl, poolSize: 2 });
  a = await makeTenant(app, { slug: 'tenant-a' });
  b = await makeTenant(app, { slug: 'tenant-b' });
  alice = await makeUser(app, { email: 'Alice@Example.test' });
  bob = await makeUser(app, { email: 'bob@example.test' });
  await makeMembership(app, { tenantId: a.id, userId: alice.id, role: 'OWNER' });
  await makeMembership(app, { tenantId: b.id, userId: alice.id, role: 'MEMBER' });
  await makeMembership(app, { tenantId: b.id, userId: bob.id, role: 'OWNER' });
  keyA = (await makeApiKey(app, { tenantId: a.id, createdById: alice.id, prefix: 'nx_keya' })).apiKey;
  keyB = (await makeApiKey(app, { tenantId: b.id, createdById: bob.id, prefix: 'nx_keyb' })).apiKey;
  await makeApiKey(app, { tenantId: b.id, createdById: bob.id, prefix: 'nx_keyb2' });
  privateA = await makeAgent(app, { tenantId: a.id, name: '@a/secret', visibility: 'PRIVATE' });
  privateB = await makeAgent(app, { tenantId: b.id, name: '@b/secret', visibility: 'PRIVATE' });
  publicB = await makeAgent(app, { tenantId: b.id, name: '@b/public', visibility: 'PUBLIC' });
});

afterAll(async () => {
  await app?.close();
  await worker?.close();
  await testDb?.drop();
});

describe('the application role', () => {
  it('is neither superuser nor BYPASSRLS nor the owner of the tables', async () => {
    const [role] = await app.client.$queryRaw<{ user: string; rolsuper: boolean; rolbypassrls: boolean }[]>`
      SELECT current_user AS "user", rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`;
    expect(role).toEqual({ user: 'nexus_app', rolsuper: false, rolbypassrls: false });
    const owners = await app.client.$queryRaw<{ tableowner: string }[]>`
      SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('agents', 'api_keys', 'memberships', 'outbox_events')`;
    expect(owners).toEqual([{ tableowner: 'nexus_owner' }]);
  });

  it('finds RLS enabled and forced on every table with a tenant_id', async () => {
    const unprotected = await app.client.$queryRaw<{ relname: string }[]>`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
         AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`;
    expect(unprotected).toEqual([]);
  });

  it('stores e-mail addresses lower-case', () => {
    expect(alice.email).toBe('alice@example.test');
  });
});

describe('tenant isolation', () => {
  it('reads only its own API keys, memberships and private agents', async () => {
    const seen = await withTenant(app, { tenantId: a.id }, async (tx) => ({
      keys: await tx.apiKey.findMany(),
      members: await tx.membership.findMany(),
      agents: await tx.agent.findMany({ where: { visibility: 'PRIVATE' } }),
      byId: await tx.apiKey.findUnique({ where: { id: keyB.id } }),
    }));
    expect(seen.keys.map((k) => k.id)).toEqual([keyA.id]);
    expect(seen.members.every((m) => m.tenantId === a.id)).toBe(true);
    expect(seen.members).toHaveLength(1);
    expect(seen.agents.map((x) => x.id)).toEqual([privateA.id]);
    expect(seen.byId).toBeNull();
  });

  it('cannot update or delete another tenant’s rows', async () => {
    const changed = await withTenant(app, { tenantId: a.id }, async (tx) => ({
      keys: (await tx.apiKey.updateMany({ where: { id: keyB.id }, data: { name: 'hijacked' } })).count,
      agents: (await tx.agent.updateMany({ where: { id: { in: [privateB.id, publicB.id] } }, data: { description: 'hijacked' } })).count,
      deletedKeys: (await tx.apiKey.deleteMany({ where: { tenantId: b.id } })).count,
      deletedMembers: (await tx.membership.deleteMany({ where: { tenantId: b.id } })).count,
      deletedAgents: (await tx.agent.deleteMany({ where: { tenantId: b.id } })).count,
    }));
    expect(changed).toEqual({ keys: 0, agents: 0, deletedKeys: 0, deletedMembers: 0, deletedAgents: 0 });
    const still = await withSystem(worker, async (tx) => ({
      key: await tx.apiKey.findUniqueOrThrow({ where: { id: keyB.id } }),
      members: await tx.membership.count({ where: { tenantId: b.id } }),
      agents: await tx.agent.count({ where: { tenantId: b.id } }),
    }));
    expect(still.key.name).toBe('test key');
    expect(still.members).toBe(2);
    expect(still.agents).toBe(2);
  });

  it('cannot insert rows for another tenant', async () => {
    await expect(withTenant(app, { tenantId: a.id }, (tx) => tx.membership.create({ data: { tenantId: b.id, userId: bob.id } }))).rejects.toThrow();
    await expect(
      withTenant(app, { tenantId: a.id }, (tx) =>
        tx.agent.create({ data: { tenantId: b.id, name: '@b/planted', displayName: 'x', description: 'x', latestVersion: '1.0.0' } }),
      ),
    ).rejects.toThrow();
    await expect(
      withTenant(app, { tenantId: a.id }, (tx) =>
        tx.apiKey.create({ data: { tenantId: b.id, createdById: alice.id, name: 'x', prefix: 'nx_planted', secretHash: 'x', scopes: [] } }),
      ),
    ).rejects.toThrow();
    expect(await withSystem(worker, (tx) => tx.agent.count({ where: { name: '@b/planted' } }))).toBe(0);
  });

  it('cannot move its own row into another tenant', async () => {
    await expect(withTenant(app, { tenantId: a.id }, (tx) => tx.agent.update({ where: { id: privateA.id }, data: { tenantId: b.id } }))).rejects.toThrow();
  });

  it('sees no tenant rows without a tenant setting', async () => {
    const outside = await app.client.apiKey.count();
    const inNull = await withTenant(app, { tenantId: null }, async (tx) => ({
      keys: await tx.apiKey.count(),
      members: await tx.membership.count(),
      privateAgents: await tx.agent.count({ where: { visibility: 'PRIVATE' } }),
    }));
    expect(outside).toBe(0);
    expect(inNull).toEqual({ keys: 0, members: 0, privateAgents: 0 });
  });

  it('shows public agents to everyone but lets only their tenant change them', async () => {
    const names = (rows: Agent[]) => rows.map((r) => r.name).sort();
    const fromA = await withTenant(app, { tenantId: a.id }, (tx) => tx.agent.findMany());
    const anonymous = await withTenant(app, { tenantId: null }, (tx) => tx.agent.findMany());
    expect(names(fromA)).toEqual(['@a/secret', '@b/public']);
    expect(names(anonymous)).toEqual(['@b/public']);
    const deleted = await withTenant(app, { tenantId: a.id }, (tx) => tx.agent.deleteMany({ where: { id: publicB.id } }));
    expect(deleted.count).toBe(0);
  });
});

describe('narrow cross-tenant rules', () => {
  it('exposes exactly the API key whose prefix is set, and only its last_used_at may change', async () => {
    const found = await withTenant(app, { tenantId: null, apiKeyPrefix: keyB.prefix }, (tx) => tx.apiKey.findMany());
    expect(found.map((k) => k.id)).toEqual([keyB.id]);
    const now = new Date();
    const touched = await withTenant(app, { tenantId: null, apiKeyPrefix: keyB.prefix }, (tx) => tx.apiKey.update({ where: { prefix: keyB.prefix }, data: { lastUsedAt: now } }));
    expect(touched.lastUsedAt?.getTime()).toBe(now.getTime());
    await expect(withTenant(app, { tenantId: null, apiKeyPrefix: keyB.prefix }, (tx) => tx.apiKey.update({ where: { prefix: keyB.prefix }, data: { revokedAt: null, name: 'renamed' } }))).rejects.toThrow();
    await expect(withTenant(app, { tenantId: null, apiKeyPrefix: keyB.prefix }, (tx) => tx.apiKey.delete({ where: { prefix: keyB.prefix } }))).rejects.toThrow();
    expect((await withSystem(worker, (tx) => tx.apiKey.findUniqueOrThrow({ where: { id: keyB.id } }))).name).toBe('test key');
  });

  it('lets a user list their memberships in every tenant, and nobody else’s', async () => {
    const mine = await withTenant(app, { tenantId: null, userId: alice.id }, (tx) => tx.membership.findMany());
    expect(mine.map((m) => m.tenantId).sort()).toEqual([a.id, b.id].sort());
    expect(mine.every((m) => m.userId === alice.id)).toBe(true);
    const removed = await withTenant(app, { tenantId: null, userId: alice.id }, (tx) => tx.membership.deleteMany({ where: { userId: alice.id } }));
    expect(removed.count).toBe(0);
  });
});

describe('pooled connections', () => {
  it('keeps 200 concurrent mixed-tenant transactions on a pool of 10 apart', async () => {
    const tenants = [a, b];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const tenant = tenants[i % 2]!;
        return withTenant(app, { tenantId: tenant.id }, async (tx) => {
          const keys = await tx.apiKey.findMany();
          await tx.$executeRaw`SELECT pg_sleep(${(i % 5) / 1000})`;
          const agents = await tx.agent.findMany({ where: { visibility: 'PRIVATE' } });
          return { tenant: tenant.id, seen: [...keys, ...agents].map((r) => r.tenantId) };
        });
      }),
    );
    for (const r of results) {
      expect(r.seen.length).toBeGreaterThan(0);
      expect(new Set(r.seen)).toEqual(new Set([r.tenant]));
    }
    // The setting was transaction-local: a plain query afterwards sees no tenant.
    const leftovers = await Promise.all(Array.from({ length: 10 }, () => app.pool.query<{ t: string | null }>("SELECT current_setting('app.tenant_id', true) AS t")));
    for (const l of leftovers) expect(l.rows[0]?.t ?? '').toBe('');
  });

  it('refuses withSystem on the application database', async () => {
    await expect(withSystem(app, (tx) => tx.agent.count())).rejects.toThrow(/worker/);
  });
});
