import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNexus, tempDirs } from '../testing/capture-io';
import { startFakeRegistry } from '../testing/fake-registry';

const temp = tempDirs();
let registry: Awaited<ReturnType<typeof startFakeRegistry>>;

const agent = {
  name: '@acme/word-stats',
  displayName: 'Word Stats',
  description: 'Counts words.',
  latestVersion: '1.1.0',
  distTags: [{ tag: 'latest', version: '1.1.0' }, { tag: 'beta', version: '2.0.0-beta.1' }],
  versions: { edges: [
    { node: { version: '2.0.0-beta.1', status: 'PUBLISHED', deprecated: null, publishedAt: '2026-03-01T00:00:00Z' } },
    { node: { version: '1.1.0', status: 'PUBLISHED', deprecated: null, publishedAt: '2026-02-01T00:00:00Z' } },
    { node: { version: '1.0.0', status: 'PUBLISHED', deprecated: 'use 1.1.0', publishedAt: '2026-01-01T00:00:00Z' } },
  ] },
};

beforeAll(async () => {
  registry = await startFakeRegistry(({ body }) => {
    const v = body.variables;
    if (body.query.includes('query Info')) return { json: { data: { agent: v.name === agent.name ? agent : null } } };
    if (body.query.includes('deprecateAgentVersions')) return { json: { data: { deprecateAgentVersions: { count: 2, errors: [] } } } };
    if (body.query.includes('setDistTag')) {
      if (v.version === '9.9.9') return { json: { data: { setDistTag: { distTags: null, errors: [{ code: 'NOT_FOUND', message: 'no version 9.9.9', field: 'version' }] } } } };
      return { json: { data: { setDistTag: { distTags: [{ tag: 'latest', version: '1.1.0' }, { tag: v.tag, version: v.version }], errors: [] } } } };
    }
    return { status: 400, json: { errors: [{ message: 'unknown operation', extensions: { code: 'BAD_REQUEST' } }] } };
  });
});

afterAll(async () => {
  await registry.close();
  temp.cleanup();
});

const nexus = (...argv: string[]) => runNexus([...argv, '--registry', registry.url], { cwd: temp.make(), env: { apiKey: 'k' } });

describe('registry commands', () => {
  it('info lists dist-tags and versions with deprecations', async () => {
    const run = await nexus('info', '@acme/word-stats');
    expect(run.code).toBe(0);
    expect(registry.requests.at(-1)!.body.variables).toEqual({ name: '@acme/word-stats' });
    expect(run.stdout).toContain('@acme/word-stats — Word Stats');
    expect(run.stdout).toContain('dist-tags: latest: 1.1.0, beta: 2.0.0-beta.1');
    expect(run.stdout).toMatch(/1\.0\.0 +PUBLISHED +2026-01-01T00:00:00Z +deprecated: use 1\.1\.0/);
  });

  it('info name@version and name@tag show one version', async () => {
    const byTag = await nexus('info', '@acme/word-stats@beta');
    expect(byTag.stdout).toMatch(/version:\n {2}2\.0\.0-beta\.1 /);
    expect(byTag.stdout).not.toContain('1.1.0  PUBLISHED');
    const missing = await nexus('info', '@acme/word-stats@3.0.0');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('has no version 3.0.0');
  });

  it('info on an unknown agent exits 1', async () => {
    const run = await nexus('info', '@acme/nope');
    expect(run).toMatchObject({ code: 1, stderr: 'error: @acme/nope is not in the registry' });
  });

  it('deprecate sends name, range and message', async () => {
    const run = await nexus('deprecate', '@acme/word-stats@<1.1.0', 'use 1.1.0');
    expect(run.code).toBe(0);
    expect(registry.requests.at(-1)!.body.variables).toEqual({ name: '@acme/word-stats', range: '<1.1.0', message: 'use 1.1.0' });
    expect(registry.requests.at(-1)!.headers['x-api-key']).toBe('k');
    expect(run.stdout).toBe('deprecated 2 version(s) of @acme/word-stats matching <1.1.0');
  });

  it('dist-tag add points a tag at a version; errors name the field', async () => {
    const run = await nexus('dist-tag', 'add', '@acme/word-stats@2.0.0-beta.1', 'next');
    expect(run.code).toBe(0);
    expect(registry.requests.at(-1)!.body.variables).toEqual({ name: '@acme/word-stats', tag: 'next', version: '2.0.0-beta.1' });
    expect(run.stdout).toContain('next: @acme/word-stats@2.0.0-beta.1');
    const bad = await nexus('dist-tag', 'add', '@acme/word-stats@9.9.9', 'next');
    expect(bad).toMatchObject({ code: 1, stderr: 'error NOT_FOUND (version): no version 9.9.9' });
  });

  it('dist-tag ls lists the tags', async () => {
    const run = await nexus('dist-tag', 'ls', '@acme/word-stats');
    expect(run).toMatchObject({ code: 0, stdout: '  latest: 1.1.0\n  beta: 2.0.0-beta.1' });
  });
});
