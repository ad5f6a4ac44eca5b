import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNexus, tempDirs } from '../testing/capture-io';

const temp = tempDirs();
afterAll(temp.cleanup);

describe('nexus init → validate → pack', () => {
  const root = temp.make();
  const dir = join(root, 'word-stats');

  it('scaffolds an agent', async () => {
    const run = await runNexus(['init', 'word-stats', '--name', '@acme/word-stats'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created @acme/word-stats in word-stats');
    for (const f of ['nexus-agent.json', 'index.js', 'index.test.js', 'README.md', '.nexusignore']) expect(existsSync(join(dir, f))).toBe(true);
  });

  it('passes its own node --test suite', () => {
    const result = spawnSync(process.execPath, ['--test'], { cwd: dir, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/# pass 3/);
  });

  it('validates', async () => {
    const run = await runNexus(['validate'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('✓ @acme/word-stats@0.1.0 is valid');
  });

  it('packs, printing files, size and the integrity of the file it wrote', async () => {
    const run = await runNexus(['pack', 'word-stats', '--out', 'out.tgz'], { cwd: root });
    expect(run.code).toBe(0);
    const tarball = readFileSync(join(root, 'out.tgz'));
    expect(run.stdout).toContain(`integrity: sha512-${createHash('sha512').update(tarball).digest('base64')}`);
    expect(run.stdout).toMatch(/ index\.js\n/);
    expect(run.stdout).toMatch(/files: +4/);
    // The scaffold's .nexusignore keeps its tests out of the package.
    expect(run.stdout).not.toContain('index.test.js');
  });

  it('writes <scope>-<name>-<version>.tgz by default', async () => {
    const run = await runNexus(['pack'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote acme-word-stats-0.1.0.tgz');
  });

  it('refuses to overwrite an existing agent without --force', async () => {
    const run = await runNexus(['init', 'word-stats', '--name', '@acme/word-stats'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already has nexus-agent.json.*--force/);
  });

  it('lists each manifest problem by field and exits 1', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'nexus-agent.json'), 'utf8'));
    writeFileSync(join(dir, 'nexus-agent.json'), JSON.stringify({ ...manifest, version: '1', dependencies: { '@acme/x': 'soon' } }));
    const run = await runNexus(['validate', dir], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: nexus-agent.json has 2 problem(s)');
    expect(run.stderr).toMatch(/^ {2}version: must be a semantic version/m);
    expect(run.stderr).toMatch(/^ {2}dependencies\["@acme\/x"\]: must be a valid semver range/m);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('nexus usage errors', () => {
  it.each([
    [['init', 'x'], /--name @scope\/name is required/],
    [['init', '--name', 'NoScope'], /--name must be @scope\/name/],
    [['pack', '--nope'], /Unknown option '--nope'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['deprecate', '@acme/x@^1'], /missing <message>/],
    [['dist-tag', 'add', '@acme/x@latest', 'beta'], /exact version/],
    [['dist-tag', 'add', '@acme/x@1.0.0', '1.x'], /cannot be a tag/],
    [['publish'], /API key is needed|an API key is needed/],
  ])('nexus %j exits 2', async (argv, message) => {
    const run = await runNexus(argv, { cwd: temp.make() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('runs as a binary', () => {
    const bin = fileURLToPath(new URL('../../bin/nexus.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('usage: nexus <command>');
    expect(result.stdout).toContain('dist-tag add <name>@<version> <tag>');
  });
});
