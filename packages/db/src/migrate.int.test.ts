// The migration runner: idempotent, Prisma-compatible bookkeeping, refuses edited history.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@nexus/testing/database';
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from './migrate';

let testDb: TestDatabase;
const dirs: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await testDb?.drop();
});

describe('applyMigrations', () => {
  it('records each folder like the Prisma CLI and skips them next time', async () => {
    expect(await applyMigrations(testDb.ownerUrl)).toEqual([]);
    const client = new pg.Client(testDb.ownerUrl);
    await client.connect();
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name');
    await client.end();
    const onDisk = readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count, r.rolled_back_at])).toEqual(onDisk.map((m) => [m.name, m.checksum, 1, null]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexus-migrations-'));
    dirs.push(dir);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    const file = join(dir, first.name, 'migration.sql');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited\n`);
    await expect(applyMigrations(testDb.ownerUrl, { dir })).rejects.toThrow(MigrationError);
    await expect(applyMigrations(testDb.ownerUrl, { dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls a failing migration back completely and leaves no record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexus-migrations-'));
    dirs.push(dir);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const bad = join(dir, '99991231000000_broken');
    cpSync(join(dir, readMigrations(dir)[0]!.name), bad, { recursive: true });
    writeFileSync(join(bad, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n');
    await expect(applyMigrations(testDb.ownerUrl, { dir })).rejects.toThrow(/99991231000000_broken failed/);
    const client = new pg.Client(testDb.ownerUrl);
    await client.connect();
    const table = await client.query("SELECT to_regclass('public.half_done') AS t");
    const recorded = await client.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = '99991231000000_broken'");
    await client.end();
    expect(table.rows[0].t).toBeNull();
    expect(recorded.rowCount).toBe(0);
  });
});
