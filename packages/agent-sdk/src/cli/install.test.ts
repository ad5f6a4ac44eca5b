import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTarGz } from '../tar-gz';
import { runNexus, tempDirs } from '../testing/capture-io';
import { startFakeRegistry } from '../testing/fake-registry';
import type { ResolveData } from './graphql-documents';

type TResolution = ResolveData['resolveDependencies'];

const temp = tempDirs();
let registry: Awaited<ReturnType<typeof startFakeRegistry>>;
const sha512 = (b: Buffer) => `sha512-${createHash('sha512').update(b).digest('base64')}`;

/** What the fake registry serves: tarballs by `name@version` (with the integrity it claims) and resolutions by root name. */
const tarballs = new Map<string, { bytes: Buffer; integrity: string }>();
const resolutions = new Map<string, TResolution>();

const agentPackage = (name: string, version: string) =>
  createTarGz([
    { path: 'package/nexus-agent.json', data: Buffer.from(JSON.stringify({ name, version })), executable: false },
    { path: 'package/index.js', data: Buffer.from(`export const handle = () => ${JSON.stringify(`${name}@${version}`)};\n`), executable: false },
  ]);

/** Raw entries, including ones the SDK's packer would never write. */
function rawTgz(entries: { path: string; type?: 'File' | 'SymbolicLink'; linkpath?: string; body?: string }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.body ?? '');
    const header = Buffer.alloc(512);
    new Header({ path: e.path, type: e.type ?? 'File', linkpath: e.linkpath, size: e.type === 'SymbolicLink' ? 0 : data.length, mode: 0o644, mtime: new Date(0) }).encode(header);
    blocks.push(header);
    if (e.type !== 'SymbolicLink' && data.length) blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  return gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)]));
}

function serve(id: string, bytes: Buffer, claimed = sha512(bytes)) {
  tarballs.set(id, { bytes, integrity: claimed });
}

/** An ok resolution of `[id, deps, deprecated?]` rows, given dependencies first. */
function resolution(rows: [string, string[], string?][]): TResolution {
  const packages = rows.map(([id, dependencies, deprecated]) => {
    const at = id.lastIndexOf('@');
    return { name: id.slice(0, at), version: id.slice(at + 1), dependencies, deprecated: deprecated ?? null };
  });
  return { ok: true, packages, installOrder: rows.map(([id]) => id), warnings: [], conflicts: [], cycles: [], missing: [] };
}

beforeAll(async () => {
  for (const id of ['@acme/base@1.1.0', '@acme/mid@2.0.0', '@acme/app@1.0.0']) serve(id, agentPackage(id.slice(0, id.lastIndexOf('@')), id.slice(id.lastIndexOf('@') + 1)));
  resolutions.set('@acme/app', resolution([['@acme/base@1.1.0', [], 'use 2.x'], ['@acme/mid@2.0.0', ['@acme/base@1.1.0']], ['@acme/app@1.0.0', ['@acme/mid@2.0.0']]]));

  // Served bytes that are not the ones the integrity names (a tampering mirror, a corrupt cache).
  serve('@acme/tampered@1.0.0', agentPackage('@acme/tampered', '1.0.0'), sha512(agentPackage('@acme/tampered', '0.9.0')));
  resolutions.set('@acme/tampered', resolution([['@acme/base@1.1.0', []], ['@acme/tampered@1.0.0', ['@acme/base@1.1.0']]]));

  serve('@acme/evil@1.0.0', rawTgz([
    { path: 'package/nexus-agent.json', body: '{}' },
    { path: 'package/../../evil.js', body: 'pwned' },
    { path: '/tmp/nexus-absolute-evil.js', body: 'pwned' },
    { path: 'package/link.js', type: 'SymbolicLink', linkpath: '/etc/passwd' },
  ]));
  resolutions.set('@acme/evil', resolution([['@acme/evil@1.0.0', []]]));

  resolutions.set('@acme/clash', {
    ok: false, packages: [], installOrder: [], warnings: [],
    conflicts: ['@acme/base: @acme/x@1.0.0 wants ^1.0.0, @acme/y@1.0.0 wants ^2.0.0 (available: 1.1.0)'],
    cycles: [['@acme/a@1.0.0', '@acme/b@1.0.0', '@acme/a@1.0.0']],
    missing: ['@acme/ghost@^1.0.0 (wanted by @acme/x@1.0.0)'],
  });

  // A registry that lies about names: they would become paths.
  resolutions.set('@acme/sneaky', resolution([['@acme/../../etc@1.0.0', []], ['@acme/sneaky@1.0.0', ['@acme/../../etc@1.0.0']]]));

  registry = await startFakeRegistry(({ body }) => {
    const v = body.variables;
    if (body.query.includes('resolveDependencies')) {
      return { json: { data: { resolveDependencies: resolutions.get(v.name) ?? { ...resolution([]), ok: false, missing: [`${v.name} (not in the marketplace)`] } } } };
    }
    if (body.query.includes('agentTarball')) {
      const t = tarballs.get(`${v.name}@${v.version}`);
      return { json: { data: { agentTarball: t ? { name: v.name, version: v.version, integrity: t.integrity, sizeBytes: t.bytes.length, tarball: t.bytes.toString('base64') } : null } } };
    }
    return { status: 400, json: { errors: [{ message: 'unknown operation', extensions: { code: 'BAD_REQUEST' } }] } };
  });
});

afterAll(async () => {
  await registry.close();
  temp.cleanup();
});

let cwd = '';
beforeEach(() => {
  cwd = temp.make();
});

const install = (...argv: string[]) => runNexus(['install', ...argv, '--registry', registry.url], { cwd });
const downloads = (since: number) => registry.requests.slice(since).filter((r) => r.body.query.includes('agentTarball')).map((r) => `${r.body.variables.name}@${r.body.variables.version}`);
const lockOf = (dir = join(cwd, 'nexus_agents')) => JSON.parse(readFileSync(join(dir, 'nexus-lock.json'), 'utf8'));
const everyFile = (root: string) => readdirSync(root, { recursive: true }).map(String);

describe('nexus install', () => {
  it('installs a two-level tree in dependency order, verified, with a lockfile', async () => {
    const since = registry.requests.length;
    const run = await install('@acme/app@^1.0.0');
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(registry.requests[since]!.body.variables).toEqual({ name: '@acme/app', range: '^1.0.0' });
    expect(downloads(since)).toEqual(['@acme/base@1.1.0', '@acme/mid@2.0.0', '@acme/app@1.0.0']);
    expect(run.stderr).toContain('warning: @acme/base@1.1.0 is deprecated: use 2.x');
    expect(run.progress.filter((l) => l.includes('installed'))).toEqual([
      expect.stringMatching(/^\[1\/3\] @acme\/base@1\.1\.0 {2}installed {2}\d+ B {2}2 files$/),
      expect.stringMatching(/^\[2\/3\] @acme\/mid@2\.0\.0 {2}installed/),
      expect.stringMatching(/^\[3\/3\] @acme\/app@1\.0\.0 {2}installed/),
    ]);
    const dir = join(cwd, 'nexus_agents');
    expect(readFileSync(join(dir, '@acme', 'mid', 'index.js'), 'utf8')).toContain('@acme/mid@2.0.0');
    expect(JSON.parse(readFileSync(join(dir, '@acme', 'app', 'nexus-agent.json'), 'utf8'))).toEqual({ name: '@acme/app', version: '1.0.0' });
    expect(lockOf()).toEqual({
      lockfileVersion: 1,
      root: '@acme/app@1.0.0',
      packages: {
        '@acme/app': { version: '1.0.0', integrity: tarballs.get('@acme/app@1.0.0')!.integrity, dependencies: { '@acme/mid': '2.0.0' } },
        '@acme/base': { version: '1.1.0', integrity: tarballs.get('@acme/base@1.1.0')!.integrity, dependencies: {} },
        '@acme/mid': { version: '2.0.0', integrity: tarballs.get('@acme/mid@2.0.0')!.integrity, dependencies: { '@acme/base': '1.1.0' } },
      },
    });
    expect(run.stdout).toContain('3 package(s), 3 downloaded, 0 up to date');
  });

  it('re-running downloads nothing whose installed integrity matches the lock, and repairs what is missing', async () => {
    expect((await install('@acme/app')).code).toBe(0);
    const lock = readFileSync(join(cwd, 'nexus_agents', 'nexus-lock.json'), 'utf8');

    let since = registry.requests.length;
    const again = await install('@acme/app');
    expect(again.code).toBe(0);
    expect(downloads(since)).toEqual([]);
    expect(again.progress).toEqual(['[1/3] @acme/base@1.1.0  up to date', '[2/3] @acme/mid@2.0.0  up to date', '[3/3] @acme/app@1.0.0  up to date']);
    expect(again.stdout).toContain('0 downloaded, 3 up to date');
    expect(readFileSync(join(cwd, 'nexus_agents', 'nexus-lock.json'), 'utf8')).toBe(lock);

    rmSync(join(cwd, 'nexus_agents', '@acme', 'mid'), { recursive: true });
    since = registry.requests.length;
    expect((await install('@acme/app')).code).toBe(0);
    expect(downloads(since)).toEqual(['@acme/mid@2.0.0']);
    expect(existsSync(join(cwd, 'nexus_agents', '@acme', 'mid', 'index.js'))).toBe(true);
  });

  it('refuses a package whose bytes do not match its integrity, and writes nothing for it', async () => {
    const run = await install('@acme/tampered', '--dir', 'agents');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: @acme/tampered@1.0.0: integrity check failed; nothing was written for it');
    expect(run.stderr).toContain(`expected ${tarballs.get('@acme/tampered@1.0.0')!.integrity}`);
    const dir = join(cwd, 'agents');
    expect(existsSync(join(dir, '@acme', 'tampered'))).toBe(false);
    expect(existsSync(join(dir, 'nexus-lock.json'))).toBe(false);
    expect(everyFile(dir).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('reports conflicts, cycles and missing agents and exits 1 without downloading', async () => {
    const since = registry.requests.length;
    const run = await install('@acme/clash');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'error: cannot install @acme/clash:',
      '  conflict: @acme/base: @acme/x@1.0.0 wants ^1.0.0, @acme/y@1.0.0 wants ^2.0.0 (available: 1.1.0)',
      '  cycle: @acme/a@1.0.0 -> @acme/b@1.0.0 -> @acme/a@1.0.0',
      '  missing: @acme/ghost@^1.0.0 (wanted by @acme/x@1.0.0)',
    ]);
    expect(downloads(since)).toEqual([]);
    expect(existsSync(join(cwd, 'nexus_agents'))).toBe(false);
  });

  it('refuses a tarball with path-traversal, absolute and link entries, writing none of it', async () => {
    const run = await install('@acme/evil');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: @acme/evil@1.0.0: the package is unsafe to unpack');
    expect(run.stderr).toMatch(/entry "package\/\.\.\/\.\.\/evil\.js" contains a "\.\." segment/);
    expect(run.stderr).toMatch(/entry "\/tmp\/nexus-absolute-evil\.js" is absolute/);
    expect(run.stderr).toMatch(/entry "package\/link\.js" is a SymbolicLink/);
    expect(everyFile(cwd).filter((f) => f.includes('evil') || f.includes('link'))).toEqual([]);
    expect(existsSync('/tmp/nexus-absolute-evil.js')).toBe(false);
  });

  it('does not turn names from the registry into paths before checking them', async () => {
    const run = await install('@acme/sneaky');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the registry sent an invalid resolution');
    expect(existsSync(join(cwd, 'nexus_agents'))).toBe(false);
  });

  it('exits 2 on a bad name', async () => {
    expect((await install('not-scoped')).code).toBe(2);
  });
});
