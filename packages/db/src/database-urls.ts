// Resolves the owner/app/worker URLs from env: a configured server, or the embedded PGlite under DATA_DIR.
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import type { TDbEnv } from './env';
import { ROLES } from './roles';
import { withUser } from './pg-url';

export interface DatabaseUrls {
  kind: 'postgres' | 'pglite';
  ownerUrl: string;
  appUrl: string;
  workerUrl: string;
  /** Superuser URL when known (always in embedded mode), for ensureRoles. */
  adminUrl: string | null;
  /** Stops the embedded server if this call started it; a no-op otherwise. */
  stop(): Promise<void>;
}

function portOpen(host: string, port: number, timeoutMs = 300): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/**
 * With DATABASE_URL: that server, the owner and worker URLs derived from it (user swapped)
 * unless set. Without: the embedded PGlite persisted in DATA_DIR/pg on EMBEDDED_DB_PORT — reused
 * when something (`npm start`) already serves it there, since two PGlites must never share files.
 */
export async function resolveDatabaseUrls(env: TDbEnv): Promise<DatabaseUrls> {
  if (env.DATABASE_URL) {
    return {
      kind: 'postgres',
      appUrl: env.DATABASE_URL,
      ownerUrl: env.DATABASE_OWNER_URL ?? withUser(env.DATABASE_URL, ROLES.owner),
      workerUrl: env.DATABASE_WORKER_URL ?? withUser(env.DATABASE_URL, ROLES.worker),
      adminUrl: env.DATABASE_ADMIN_URL ?? null,
      stop: async () => {},
    };
  }
  const host = env.EMBEDDED_DB_HOST;
  const port = env.EMBEDDED_DB_PORT;
  let embedded: EmbeddedPostgres | null = null;
  if (!(port !== 0 && (await portOpen(host, port)))) {
    embedded = await startEmbeddedPostgres({ dataDir: resolve(join(env.DATA_DIR, 'pg')), port, host });
  }
  const url = (user: string) => `postgres://${user}@${host}:${embedded?.port ?? port}/postgres`;
  return {
    kind: 'pglite',
    adminUrl: url('postgres'),
    ownerUrl: url(ROLES.owner),
    appUrl: url(ROLES.app),
    workerUrl: url(ROLES.worker),
    stop: async () => embedded?.stop(),
  };
}
