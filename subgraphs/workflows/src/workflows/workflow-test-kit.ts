// Test kit for the workflows services: a migrated database, two tenants with an owner each, and contexts.
import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestContext } from '@nexus/kernel/context';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { createDatabase, type Database } from '@nexus/db/create-database';
import { makeTenant, makeUser } from '@nexus/db/factories';

export const ALL_WORKFLOW_PERMISSIONS = ['workflows:read', 'workflows:write', 'workflows:run'];

export interface WorkflowTestKit {
  testDb: TestDatabase;
  app: Database;
  worker: Database;
  encryptionKey: Buffer;
  /** A member of a fresh tenant, with the given permissions (all workflow permissions by default). */
  newTenant(): Promise<{ tenantId: string; userId: string; ctx: (permissions?: string[]) => RequestContext }>;
  close(): Promise<void>;
}

export async function startWorkflowTestKit(): Promise<WorkflowTestKit> {
  const testDb = await createTestDatabase();
  const app = createDatabase({ url: testDb.appUrl, poolSize: 8 });
  const worker = createDatabase({ url: testDb.workerUrl, poolSize: 4 });
  return {
    testDb,
    app,
    worker,
    encryptionKey: randomBytes(32),
    async newTenant() {
      const tenant = await makeTenant(app);
      const user = await makeUser(app);
      const ctx = (permissions: string[] = ALL_WORKFLOW_PERMISSIONS): RequestContext => ({
        requestId: randomUUID(), tenantId: tenant.id, userId: user.id, roles: ['OWNER'], scopes: [], apiKeyId: null,
        permissions, limits: {}, ip: null,
      });
      return { tenantId: tenant.id, userId: user.id, ctx };
    },
    async close() {
      await app.close();
      await worker.close();
      await testDb.drop();
    },
  };
}

/** Audit rows of a tenant, oldest first (worker role: reads across RLS). */
export function auditRows(kit: WorkflowTestKit, tenantId: string) {
  return kit.worker.client.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } });
}
