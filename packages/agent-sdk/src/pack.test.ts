import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isDomainError } from '@nexus/kernel/errors';
import { list } from 'tar';
import { afterEach, describe, expect, it } from 'vitest';
import { scaffoldManifest } from './cli/scaffold-files';
import { MAX_TARBALL_BYTES, packAgent, tarballFileName } from './pack';
import { tempDirs } from './testing/capture-io';

const temp = tempDirs();
afterEach(temp.cleanup);

function agentDir(manifest: Record<string, unknown> = scaffoldManifest('@acme/word-stats')): string {
  const dir = temp.make();
  writeFileSync(join(dir, 'nexus-agent.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'index.js'), 'export async function handle(input) { return input; }\n');
  writeFileSync(join(dir, 'README.md'), '# Word stats\n');
  return dir;
}

async function entriesOf(tarball: Buffer) {
  const entries: { path: string; mode: number | undefined; mtime: Date | undefined; uid: number | undefined; uname: string | undefined; size: number }[] = [];
  const parser = list({ onReadEntry: (e) => entries.push({ path: e.path, mode: e.mode, mtime: e.mtime, uid: e.uid, uname: e.uname, size: e.size }) });
  await new Promise<void>((resolve, reject) => parser.on('end', resolve).on('error', reject).end(tarball));
  return entries;
}

async function refusal(dir: string): Promise<{ message: string; problems: { field: string; message: string }[] }> {
  const error: unknown = await packAgent(dir).then(() => null, (e: unknown) => e);
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { message: error.message, problems: error.problems };
}

describe('packAgent', () => {
  it('gives identical bytes for the same files, whatever their folder and times', async () => {
    const dir = agentDir();
    const first = await packAgent(dir);
    expect((await packAgent(dir)).tarball.equals(first.tarball)).toBe(true);
    // The same files elsewhere with other modification times: still the same archive.
    const copy = agentDir();
    for (const f of ['index.js', 'README.md', 'nexus-agent.json']) utimesSync(join(copy, f), new Date('2001-02-03'), new Date('2001-02-03'));
    const second = await packAgent(copy);
    expect(second.tarball.equals(first.tarball)).toBe(true);
    expect(second.integrity).toBe(first.integrity);
  });

  it('reports sha512 integrity of the exact bytes, npm style', async () => {
    const packed = await packAgent(agentDir());
    expect(packed.integrity).toBe(`sha512-${createHash('sha512').update(packed.tarball).digest('base64')}`);
    // gzip header: no timestamp.
    expect(packed.tarball.subarray(4, 8).equals(Buffer.alloc(4))).toBe(true);
  });

  it('puts sorted files under package/ with fixed mtime, modes and no owner', async () => {
    const dir = agentDir();
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'tool.js'), '#!/usr/bin/env node\n');
    chmodSync(join(dir, 'bin', 'tool.js'), 0o700);
    const packed = await packAgent(dir);
    const entries = await entriesOf(packed.tarball);
    expect(entries.map((e) => e.path)).toEqual(['package/README.md', 'package/bin/tool.js', 'package/index.js', 'package/nexus-agent.json']);
    expect(packed.files.map((f) => f.path)).toEqual(['README.md', 'bin/tool.js', 'index.js', 'nexus-agent.json']);
    for (const e of entries) {
      expect(e.mtime?.toISOString()).toBe('1985-10-26T08:15:00.000Z');
      expect(e.uid).toBe(0);
      expect(e.uname ?? '').toBe('');
      expect(e.mode).toBe(e.path === 'package/bin/tool.js' ? 0o755 : 0o644);
    }
  });

  it('keeps paths longer than ustar allows (pax header)', async () => {
    const dir = agentDir();
    const deep = `${'d'.repeat(120)}/${'f'.repeat(120)}.js`;
    mkdirSync(join(dir, 'd'.repeat(120)));
    writeFileSync(join(dir, deep), '1');
    const entries = await entriesOf((await packAgent(dir)).tarball);
    expect(entries.map((e) => e.path)).toContain(`package/${deep}`);
  });

  it('leaves out node_modules, dotfiles, tarballs and .nexusignore matches, but never the entry or readme', async () => {
    const dir = agentDir();
    for (const sub of ['node_modules/x', '.git', 'fixtures']) mkdirSync(join(dir, sub), { recursive: true });
    for (const f of ['node_modules/x/index.js', '.git/HEAD', '.env', 'old-1.0.0.tgz', 'fixtures/big.json', 'index.test.js', 'notes.md']) writeFileSync(join(dir, f), 'x');
    writeFileSync(join(dir, '.nexusignore'), 'fixtures/\n*.test.js\nindex.js\n*.md\n');
    const packed = await packAgent(dir);
    expect(packed.files.map((f) => f.path)).toEqual(['README.md', 'index.js', 'nexus-agent.json']);
    expect(gunzipSync(packed.tarball).includes('.env')).toBe(false);
  });

  it('names the tarball like npm does', () => {
    expect(tarballFileName({ name: '@acme/word-stats', version: '1.0.0-beta.1' })).toBe('acme-word-stats-1.0.0-beta.1.tgz');
  });

  it('refuses a folder without a manifest', async () => {
    const dir = temp.make();
    expect((await refusal(dir)).message).toMatch(/no nexus-agent.json/);
  });

  it('refuses an invalid manifest with its problems', async () => {
    const dir = agentDir({ ...scaffoldManifest('@acme/word-stats'), version: 'one' });
    const { problems } = await refusal(dir);
    expect(problems).toEqual([{ field: 'version', message: expect.stringMatching(/semantic version/) }]);
  });

  it('refuses a missing entry or readme', async () => {
    const dir = agentDir({ ...scaffoldManifest('@acme/word-stats'), entry: 'dist/main.mjs' });
    expect((await refusal(dir)).message).toMatch(/entry file dist\/main.mjs does not exist/);
    rmSync(join(dir, 'README.md'));
    writeFileSync(join(dir, 'nexus-agent.json'), JSON.stringify(scaffoldManifest('@acme/word-stats')));
    expect((await refusal(dir)).message).toMatch(/readme file README.md does not exist/);
  });

  it('refuses symbolic links', async () => {
    const dir = agentDir();
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    expect((await refusal(dir)).message).toMatch(/passwd.txt is a symbolic link/);
  });

  it('refuses a package over 10 MB', async () => {
    const dir = agentDir();
    // Random bytes do not compress, so the tarball really exceeds the limit.
    writeFileSync(join(dir, 'weights.bin'), randomBytes(MAX_TARBALL_BYTES + 64 * 1024));
    expect((await refusal(dir)).message).toMatch(/packed; the limit is 10.00 MB/);
  });
});
