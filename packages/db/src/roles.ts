// Cluster-wide roles (created once per server, before migrations) and per-environment databases.
import pg from 'pg';
import { databaseName, quoteIdent, quoteLiteral } from './pg-url';

export const ROLES = {
  /** Owns the schema and runs migrations. */
  owner: 'nexus_owner',
  /** The application: not owner, NOSUPERUSER NOBYPASSRLS, so row-level security binds it. */
  app: 'nexus_app',
  /** Outbox relay and system jobs only: BYPASSRLS. */
  worker: 'nexus_worker',
} as const;
export type TRoleKind = keyof typeof ROLES;

const ATTRIBUTES: Record<TRoleKind, string> = {
  owner: 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE',
  app: 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB',
  worker: 'LOGIN NOSUPERUSER BYPASSRLS NOCREATEROLE NOCREATEDB',
};

/** SQL that creates the three roles if missing and (re)asserts their attributes; run as a superuser. */
export function rolesSql(passwords: Partial<Record<TRoleKind, string>> = {}): string {
  return (Object.keys(ROLES) as TRoleKind[])
    .map((kind) => {
      const name = ROLES[kind];
      const pw = passwords[kind] ? ` PASSWORD ${quoteLiteral(passwords[kind])}` : '';
      const attrs = `${ATTRIBUTES[kind]}${pw}`;
      // One DO block per role: CREATE ROLE has no IF NOT EXISTS.
      return `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(name)}) THEN
    CREATE ROLE ${quoteIdent(name)} ${attrs};
  ELSE
    ALTER ROLE ${quoteIdent(name)} ${attrs};
  END IF;
END $$;`;
    })
    .join('\n');
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates nexus_owner / nexus_app / nexus_worker when missing (needs a superuser URL).
 * Passwords are optional: local trust auth and PGlite need none.
 */
export async function ensureRoles(adminUrl: string, passwords: Partial<Record<TRoleKind, string>> = {}): Promise<void> {
  await withClient(adminUrl, async (c) => {
    // Concurrent test files may bootstrap at once; serialise on an advisory lock.
    await c.query('SELECT pg_advisory_lock(727073690)');
    try {
      await c.query(rolesSql(passwords));
    } finally {
      await c.query('SELECT pg_advisory_unlock(727073690)');
    }
  });
}

/** Creates the database (owned by nexus_owner) if missing, and hands its public schema to the owner. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(ROLES.owner)}`);
  });
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${encodeURIComponent(database)}`;
  await withClient(dbUrl.toString(), (c) => c.query(`ALTER SCHEMA public OWNER TO ${quoteIdent(ROLES.owner)}`).then(() => undefined));
}

/** Drops a database, disconnecting whoever still uses it (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (database === databaseName(adminUrl)) throw new Error(`Refusing to drop the admin connection's own database ${database}.`);
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`).then(() => undefined));
}
