// Resolves the database for a run: the configured server, or embedded PGlite in the data dir; then migrates.
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@nexus/db/embedded-postgres';
import { applyMigrations } from '@nexus/db/migrate';
import { ensureRoles } from '@nexus/db/roles';
import { withUser } from '@nexus/db/pg-url';
import type { TDbEnv } from '@nexus/db/env';

export interface PlatformDatabase {
  mode: 'embedded' | 'server';
  appUrl: string;
  ownerUrl: string;
  workerUrl: string;
  stop(): Promise<void>;
}

export async function openPlatformDatabase(env: TDbEnv, log: (line: string) => void): Promise<PlatformDatabase> {
  if (!env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ dataDir: join(env.DATA_DIR, 'pg'), port: env.EMBEDDED_DB_PORT, host: env.EMBEDDED_DB_HOST });
    log(`database: embedded PGlite on ${env.EMBEDDED_DB_HOST}:${embedded.port} (data in ${join(env.DATA_DIR, 'pg')})`);
    await applyMigrations(embedded.ownerUrl, { log });
    return { mode: 'embedded', appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, workerUrl: embedded.workerUrl, stop: () => embedded.stop() };
  }
  if (env.DATABASE_ADMIN_URL) await ensureRoles(env.DATABASE_ADMIN_URL);
  const ownerUrl = env.DATABASE_OWNER_URL ?? withUser(env.DATABASE_URL, 'nexus_owner');
  const workerUrl = env.DATABASE_WORKER_URL ?? withUser(env.DATABASE_URL, 'nexus_worker');
  log('database: PostgreSQL from DATABASE_URL');
  await applyMigrations(ownerUrl, { log });
  return { mode: 'server', appUrl: env.DATABASE_URL, ownerUrl, workerUrl, stop: async () => {} };
}
