// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, keeping `_prisma_migrations` as the Prisma CLI does.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

export interface MigrationFolder {
  /** Folder name, e.g. `20261126070000_init`; Prisma's `migration_name`. */
  name: string;
  script: string;
  /** sha256 hex of the file, as Prisma stores it. */
  checksum: string;
}

/** The migration folders on disk, in name (timestamp) order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const script = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, script, checksum: createHash('sha256').update(script).digest('hex') };
    });
}

// The exact table `prisma migrate deploy` creates, so either tool can continue the other's history.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
// Same advisory lock key as Prisma's schema engine, so concurrent migrators wait for each other.
const LOCK_KEY = 72707369;

export class MigrationError extends Error {}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Applies pending migrations as the schema owner, each in its own transaction, and returns the
 * names applied. Refuses to continue when an applied migration's file changed or one failed before.
 */
export async function applyMigrations(ownerUrl: string, opts: { dir?: string; log?: (line: string) => void } = {}): Promise<string[]> {
  const migrations = readMigrations(opts.dir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at',
    );
    const byName = new Map(rows.map((r) => [r.migration_name, r]));
    for (const row of rows) {
      if (!row.finished_at) throw new MigrationError(`Migration ${row.migration_name} failed earlier and is not resolved: fix the database, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}').`);
    }
    for (const m of migrations) {
      const row = byName.get(m.name);
      if (row) {
        if (row.checksum !== m.checksum) throw new MigrationError(`Migration ${m.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${m.checksum.slice(0, 12)}… on disk). Restore the file and put the change in a new migration.`);
        continue;
      }
      await client.query('BEGIN');
      try {
        const startedAt = new Date();
        // One simple-protocol query for the whole file: `$$` bodies and multiple statements stay intact.
        await client.query(m.script);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), m.checksum, m.name, startedAt],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.name);
      opts.log?.(`applied ${m.name}`);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`).catch(() => {});
    await client.end();
  }
  return applied;
}
