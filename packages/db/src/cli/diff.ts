// `npm run db:diff -- --name add_x`: writes prisma/migrations/<timestamp>_<name>/migration.sql for schema changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { diffSchema } from '../diff-schema';
import { MIGRATIONS_DIR } from '../migrate';

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string', short: 'n' }, check: { type: 'boolean' } } });
  const script = await diffSchema();
  if (!script) {
    console.log('no changes');
    return;
  }
  if (values.check) {
    console.error('prisma/schema differs from the migrations; run npm run db:diff -- --name <change>:\n');
    console.error(script);
    process.exitCode = 1;
    return;
  }
  const name = values.name?.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!name) {
    console.error('Name the migration: npm run db:diff -- --name add_something');
    process.exitCode = 1;
    return;
  }
  const folder = join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'migration.sql');
  writeFileSync(file, script);
  console.log(`wrote ${relative(process.cwd(), file)}\n`);
  console.log(script);
  console.log('Tenant-owned table? Add its GRANTs and RLS policy in a hand-written migration (see *_rls).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
