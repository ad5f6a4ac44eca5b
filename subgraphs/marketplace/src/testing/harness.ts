// In-process marketplace for tests: fresh database, real sandbox runtime, filesystem blobs, embedded search, memory bus.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@nexus/kernel/logger';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryEventBusAdapter } from '@nexus/kernel/adapters/memory-event-bus';
import { FsBlobStoreAdapter } from '@nexus/kernel/adapters/fs-blob-store';
import { EmbeddedSearchAdapter } from '@nexus/kernel/search/embedded-search-adapter';
import { createAgentRuntime } from '@nexus/agent-runtime/run-agent';
import { createDatabase } from '@nexus/db/create-database';
import { withSystem } from '@nexus/db/tenant-client';
import { createTestDatabase } from '@nexus/testing/database';
import { createMarketplaceSubgraph, makeMarketplaceContext } from '../server';

export interface Acting {
  /** Built-in role names as tokens carry them (`OWNER`, `VIEWER`, …); default owner. */
  roles?: string[];
  /** Set for an API key: its scopes then narrow the roles' permissions. */
  apiKey?: { id: string; scopes: string[] } | null;
  /** Plan limits (`publishedAgents`, `storageBytes`, …); none → unlimited. */
  limits?: Record<string, number>;
  ip?: string | null;
}

/** A request context as the gateway would sign it: permissions from the real role → permission mapping. */
export function actingAs(who: { tenantId: string; userId: string | null }, o: Acting = {}): RequestContext {
  const roles = o.roles ?? ['OWNER'];
  const scopes = o.apiKey?.scopes ?? [];
  const apiKeyId = o.apiKey?.id ?? null;
  return {
    ...anonymousContext(), tenantId: who.tenantId, userId: who.userId, roles, scopes, apiKeyId,
    permissions: [...effectivePermissions({ roles, scopes, apiKeyId })], limits: o.limits ?? {}, ip: o.ip === undefined ? '203.0.113.10' : o.ip,
  };
}

export async function startMarketplaceHarness(opts: { adminScope?: string } = {}) {
  const testDb = await createTestDatabase();
  const db = createDatabase({ url: testDb.appUrl });
  const workerDb = createDatabase({ url: testDb.workerUrl, poolSize: 3 });
  const blobDir = mkdtempSync(join(tmpdir(), 'nexus-mkt-blobs-'));
  const blobs = new FsBlobStoreAdapter(blobDir);
  const eventBus = new MemoryEventBusAdapter({ retryBaseMs: 50 });
  const runtime = createAgentRuntime();
  const server = await createMarketplaceSubgraph({
    db, workerDb, blobs, cache: new MemoryCacheAdapter(), eventBus, searchIndex: new EmbeddedSearchAdapter(), runtime,
    contextSecret: 'marketplace-test-secret-0123', logger: createLogger('mkt-test', { level: 'silent' }), platformAdminScope: opts.adminScope ?? 'platform-ops',
  });

  async function exec(query: string, variables: Record<string, unknown> = {}, req: RequestContext = anonymousContext()) {
    const res = await server.apollo.executeOperation({ query, variables }, { contextValue: makeMarketplaceContext(req, server.services, db) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as { data?: Record<string, any> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
  }

  /** A tenant registered as publisher of `scope`, its first user, and a context acting as that user with the owner role. */
  async function publisher(scope: string, o: { autoApprove?: boolean; verified?: boolean } = {}) {
    const tenantId = randomUUID();
    const userId = randomUUID();
    await withSystem(workerDb, async (tx) => {
      await tx.tenant.create({ data: { id: tenantId, slug: scope, name: scope } });
      await tx.user.create({ data: { id: userId, email: `${scope}-${userId.slice(0, 6)}@example.com`, name: scope, passwordHash: 'x' } });
      await tx.publisher.create({ data: { tenantId, scope, name: scope, autoApprove: o.autoApprove ?? false, verified: o.verified ?? false } });
    });
    const req = actingAs({ tenantId, userId });
    /** The same user with other roles, limits or IP; each call is a new request (its own request id). */
    const as = (o: Acting = {}) => actingAs({ tenantId, userId }, o);
    return { tenantId, userId, req, as };
  }

  /**
   * A real API key row of the tenant (its prefix labels audit rows) and a context authenticated with it:
   * like the gateway's, no user, the creator's roles (`o.roles`, default owner) narrowed by the scopes.
   */
  async function apiKey(p: { tenantId: string; userId: string }, scopes: string[], o: Omit<Acting, 'apiKey'> = {}) {
    const prefix = `nf_${randomUUID().slice(0, 8)}`;
    const key = await withSystem(workerDb, (tx) => tx.apiKey.create({ data: { tenantId: p.tenantId, name: `key ${scopes.join(' ')}`, prefix, secretHash: 'x', scopes, createdById: p.userId } }));
    return { id: key.id, prefix, req: actingAs({ tenantId: p.tenantId, userId: null }, { ...o, apiKey: { id: key.id, scopes } }) };
  }

  const countBlobs = () => readdirSync(blobDir, { recursive: true }).filter((f) => String(f).length > 100).length;

  return {
    db, workerDb, blobs, server, exec, publisher, apiKey, countBlobs,
    async close() {
      await server.close();
      runtime.dispose();
      await Promise.all([db.close(), workerDb.close(), eventBus.close()]);
      rmSync(blobDir, { recursive: true, force: true });
      await testDb.drop();
    },
  };
}
export type MarketplaceHarness = Awaited<ReturnType<typeof startMarketplaceHarness>>;
