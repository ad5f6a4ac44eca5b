// Computes the SQL that takes a database from "all existing migrations applied" to the current prisma/schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres';
import { MIGRATIONS_DIR, readMigrations } from './migrate';
import { openSchemaEngine, takePanicMessage } from './schema-engine';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../prisma/schema');

export function readSchemaFiles(dir: string = SCHEMA_DIR): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.prisma'))
    .sort()
    .map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')]);
}

function readLockfile(dir: string): string {
  const file = join(dir, 'migration_lock.toml');
  return existsSync(file) ? readFileSync(file, 'utf8') : 'provider = "postgresql"\n';
}

/** Blank when the schema and the migrations agree. */
function meaningful(script: string): boolean {
  return script.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
}

/**
 * The migration SQL from the existing migrations to the current schema, or null when nothing
 * changed. The shadow database is a throwaway in-memory PGlite with the Nexus roles, so the
 * hand-written GRANT/RLS migrations replay exactly as on a server.
 */
export async function diffSchema(opts: { schemaDir?: string; migrationsDir?: string } = {}): Promise<string | null> {
  const files = readSchemaFiles(opts.schemaDir);
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const shadow = await startEmbeddedPostgres({ port: 0 });
  try {
    const { engine, close } = await openSchemaEngine(shadow.ownerUrl, files);
    try {
      const result = await engine.diff({
        from: {
          tag: 'migrations',
          baseDir: migrationsDir,
          lockfile: { path: 'migration_lock.toml', content: readLockfile(migrationsDir) },
          shadowDbInitScript: '',
          // A directory's path must be its bare name (a path with the base dir fails).
          migrationDirectories: readMigrations(migrationsDir).map((m) => ({
            path: m.name,
            migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.script } },
          })),
        },
        to: { tag: 'schemaDatamodel', files: files.map(([path, content]) => ({ path, content })) },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      const script = result.stdout ?? '';
      if (result.exitCode !== 0 && result.exitCode !== 2) throw new Error(`schema engine diff exited with ${result.exitCode}`);
      return meaningful(script) ? script : null;
    } catch (error) {
      const panic = takePanicMessage();
      throw panic ? new Error(`schema engine panicked: ${panic}`, { cause: error }) : error;
    } finally {
      close();
    }
  } finally {
    await shadow.stop();
  }
}
