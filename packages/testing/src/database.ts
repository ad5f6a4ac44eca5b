// A fresh, migrated database per test suite: on the local PostgreSQL when reachable, else on embedded PGlite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@nexus/db/embedded-postgres';
import { applyMigrations } from '@nexus/db/migrate';
import { withDatabase, withUser } from '@nexus/db/pg-url';
import { dropDatabase, ensureDatabase, ensureRoles, ROLES } from '@nexus/db/roles';
import { testEnv } from './env';
import { probeTcp } from './services';

export interface TestDatabase {
  kind: 'postgres' | 'pglite';
  /** Schema owner (ran the migrations). */
  ownerUrl: string;
  /** nexus_app: RLS applies. */
  appUrl: string;
  /** nexus_worker: BYPASSRLS. */
  workerUrl: string;
  /** Drops the database or stops PGlite; call it in afterAll. */
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testEnv.TEST_DATABASE_URL;
  if (await probeTcp(serverUrl, 5432)) return onServer(serverUrl);
  const line = `PostgreSQL not reachable at ${serverUrl}`;
  if (testEnv.REQUIRE_SERVICES) throw new Error(`${line}, and REQUIRE_SERVICES=1 makes that an error (start it or unset REQUIRE_SERVICES).`);
  console.warn(`[db] ${line} — running on embedded PGlite`);
  return onPglite();
}

async function onServer(adminUrl: string): Promise<TestDatabase> {
  const name = `nexus_t_${randomBytes(6).toString('hex')}`;
  await ensureRoles(adminUrl);
  await ensureDatabase(adminUrl, name);
  const dbUrl = withDatabase(adminUrl, name);
  const ownerUrl = withUser(dbUrl, ROLES.owner);
  try {
    await applyMigrations(ownerUrl);
  } catch (error) {
    await dropDatabase(adminUrl, name);
    throw error;
  }
  return {
    kind: 'postgres',
    ownerUrl,
    appUrl: withUser(dbUrl, ROLES.app),
    workerUrl: withUser(dbUrl, ROLES.worker),
    drop: () => dropDatabase(adminUrl, name),
  };
}

async function onPglite(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nexus-pglite-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: 0 });
  const cleanup = async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(pg.ownerUrl);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { kind: 'pglite', ownerUrl: pg.ownerUrl, appUrl: pg.appUrl, workerUrl: pg.workerUrl, drop: cleanup };
}
