// In-process marketplace for tests: fresh database, real sandbox runtime, filesystem blobs, embedded search, memory bus.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@nexus/kernel/logger';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryEventBusAdapter } from '@nexus/kernel/adapters/memory-event-bus';
import { FsBlobStoreAdapter } from '@nexus/kernel/adapters/fs-blob-store';
import { EmbeddedSearchAdapter } from '@nexus/kernel/search/embedded-search-adapter';
import { createAgentRuntime } from '@nexus/agent-runtime/run-agent';
import { createDatabase } from '@nexus/db/create-database';
import { withSystem } from '@nexus/db/tenant-client';
import { createTestDatabase } from '@nexus/testing/database';
import { createMarketplaceSubgraph, makeMarketplaceContext } from '../server';

export const ALL_SCOPES = ['agents:read', 'agents:write', 'keys:manage'];

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

  /** A tenant registered as publisher of `scope`, and a context acting for it with every scope. */
  async function publisher(scope: string, o: { autoApprove?: boolean; verified?: boolean } = {}) {
    const tenantId = randomUUID();
    const userId = randomUUID();
    await withSystem(workerDb, async (tx) => {
      await tx.tenant.create({ data: { id: tenantId, slug: scope, name: scope } });
      await tx.user.create({ data: { id: userId, email: `${scope}-${userId.slice(0, 6)}@example.com`, name: scope, passwordHash: 'x' } });
      await tx.publisher.create({ data: { tenantId, scope, name: scope, autoApprove: o.autoApprove ?? false, verified: o.verified ?? false } });
    });
    const req: RequestContext = { ...anonymousContext(), tenantId, userId, roles: ['OWNER'], scopes: ALL_SCOPES };
    return { tenantId, userId, req };
  }

  const countBlobs = () => readdirSync(blobDir, { recursive: true }).filter((f) => String(f).length > 100).length;

  return {
    db, workerDb, blobs, server, exec, publisher, countBlobs,
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
