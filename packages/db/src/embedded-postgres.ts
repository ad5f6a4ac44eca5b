// Embedded PostgreSQL: PGlite (WASM) behind a local TCP socket so pg / adapter-pg connect as to a server.
import { mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { PgliteSessionQueue } from './pglite-session-queue';
import { ROLES, rolesSql } from './roles';
import { quoteIdent } from './pg-url';

export interface EmbeddedPostgres {
  /** Superuser (PGlite's own `postgres`): roles and bootstrap only. */
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
  workerUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where PGlite persists its files (e.g. `.data/pg`); omit for an in-memory database. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/**
 * Starts PGlite and serves it on host:port. The user in each connection's URL selects the role
 * that connection runs as (PGlite ignores passwords), so appUrl really is bound by RLS.
 * The three Nexus roles are created and given the public schema before this returns.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = opts.host ?? '127.0.0.1';
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir ? { dataDir: opts.dataDir } : {});
  await db.exec(rolesSql());
  await db.exec(`ALTER SCHEMA public OWNER TO ${quoteIdent(ROLES.owner)}`);

  const queue = new PgliteSessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket: Socket) => {
    // The handler does the wire framing (SSL refusal, message splitting); the queue does scheduling.
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Embedded PostgreSQL: no TCP address');
  const url = (user: string) => `postgres://${user}@${host.includes(':') ? `[${host}]` : host}:${address.port}/postgres`;

  let stopped = false;
  return {
    adminUrl: url('postgres'),
    ownerUrl: url(ROLES.owner),
    appUrl: url(ROLES.app),
    workerUrl: url(ROLES.worker),
    port: address.port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all([...handlers].map((h) => h.detach(true)));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
