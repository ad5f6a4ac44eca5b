import { describe, expect, it } from 'vitest';
import { scaffoldManifest } from './cli/scaffold-files';
import { formatPath, validateManifest } from './validate-manifest';

const good = () => structuredClone(scaffoldManifest('@acme/word-stats')) as Record<string, any>;

/** Validates `good()` changed by `edit` and returns the problems as `path: message` lines. */
function problemsAfter(edit: (m: Record<string, any>) => void): { path: string; message: string }[] {
  const m = good();
  edit(m);
  const result = validateManifest(m);
  if (result.ok) throw new Error('expected the manifest to be invalid');
  return result.problems;
}

describe('validateManifest', () => {
  it('accepts the scaffold manifest and fills in defaults', () => {
    const m = good();
    delete m.constraints;
    delete m.protocol;
    delete m.entry;
    delete m.permissions;
    const result = validateManifest(m);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.manifest.constraints).toEqual({ timeoutMs: 5000, memoryMb: 64, maxOutputBytes: 1024 * 1024 });
    expect(result.manifest.permissions).toEqual({ hosts: [], secrets: [] });
    expect(result.manifest.protocol).toBe('nexus');
    expect(result.manifest.entry).toBe('index.js');
    expect(result.manifest.readme).toBe('README.md');
  });

  it('accepts SPDX expressions, UNLICENSED, wildcard hosts, secrets and dependency ranges', () => {
    const result = validateManifest({
      ...good(),
      license: '(Apache-2.0 OR MIT) AND GPL-2.0-or-later WITH Classpath-exception-2.0',
      permissions: { hosts: ['api.openai.com', '*.example.com', 'localhost'], secrets: ['OPENAI_API_KEY'] },
      dependencies: { '@acme/tokenizer': '^1.2.0', '@other/x': '>=2 <3' },
    });
    expect(result).toMatchObject({ ok: true });
    expect(validateManifest({ ...good(), license: 'UNLICENSED' })).toMatchObject({ ok: true });
  });

  it.each([
    ['upper-case name', (m: any) => (m.name = '@Acme/word-stats'), 'name', /@scope\/name/],
    ['unscoped name', (m: any) => (m.name = 'word-stats'), 'name', /@scope\/name/],
    ['name starting with a dot', (m: any) => (m.name = '@acme/.hidden'), 'name', /not starting with/],
    ['scope over 39 characters', (m: any) => (m.name = `@${'a'.repeat(40)}/x`), 'name', /scope 1–39/],
    ['bad semver', (m: any) => (m.version = '1.0'), 'version', /semantic version/],
    ['v-prefixed semver', (m: any) => (m.version = 'v1.0.0'), 'version', /no "v" prefix/],
    ['bad SPDX id', (m: any) => (m.license = 'MIT-ish'), 'license', /"MIT-ish", which is not an SPDX license id/],
    ['lower-case SPDX operator', (m: any) => (m.license = 'MIT or Apache-2.0'), 'license', /upper-case AND, OR, WITH/],
    ['unknown top-level key', (m: any) => (m.author = 'me'), 'author', /not a known field/],
    ['unknown nested key', (m: any) => (m.constraints.cpu = 2), 'constraints.cpu', /not a known field/],
    ['host with a scheme', (m: any) => (m.permissions.hosts = ['https://api.example.com']), 'permissions.hosts[0]', /without scheme/],
    ['host with a path', (m: any) => (m.permissions.hosts = ['ok.example.com', 'api.example.com/v1']), 'permissions.hosts[1]', /without scheme, port or path/],
    ['wildcard on a TLD', (m: any) => (m.permissions.hosts = ['*.com']), 'permissions.hosts[0]', /wildcard/],
    ['lower-case secret', (m: any) => (m.permissions.secrets = ['openai_key']), 'permissions.secrets[0]', /upper-case/],
    ['invalid inputSchema', (m: any) => (m.inputSchema = { type: 'strnig' }), 'inputSchema', /not a valid JSON Schema/],
    ['inputSchema of another draft', (m: any) => (m.inputSchema.$schema = 'https://json-schema.org/draft/2020-12/schema'), 'inputSchema', /draft-07/],
    ['timeout over 60 s', (m: any) => (m.constraints.timeoutMs = 60_001), 'constraints.timeoutMs', /at most 60000/],
    ['no skills', (m: any) => (m.skills = []), 'skills', /at least one skill/],
    ['skill without id', (m: any) => delete m.skills[0].id, 'skills[0].id', /is required/],
    ['bad MIME type', (m: any) => (m.skills[0].outputModes = ['json']), 'skills[0].outputModes[0]', /MIME type/],
    ['entry outside the package', (m: any) => (m.entry = '../evil.js'), 'entry', /\.\./],
    ['entry in a hidden folder', (m: any) => (m.entry = '.build/index.js'), 'entry', /hidden/],
    ['entry not JavaScript', (m: any) => (m.entry = 'index.ts'), 'entry', /\.js or \.mjs/],
    ['unknown protocol', (m: any) => (m.protocol = 'grpc'), 'protocol', /one of "nexus"/],
    ['homepage not http', (m: any) => (m.homepage = 'ftp://example.com'), 'homepage', /http\(s\) URL/],
  ])('names the field for %s', (_label, edit, path, message) => {
    const problems = problemsAfter(edit);
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('names a bad dependency range by its quoted key', () => {
    const problems = problemsAfter((m) => (m.dependencies = { '@acme/x': 'not a range', '@acme/y': '^1.0.0' }));
    expect(problems).toEqual([{ path: 'dependencies["@acme/x"]', message: expect.stringMatching(/valid semver range/) }]);
  });

  it('names a dependency that is not a scoped name', () => {
    const problems = problemsAfter((m) => (m.dependencies = { lodash: '^4.0.0' }));
    expect(problems).toEqual([{ path: 'dependencies.lodash', message: expect.stringMatching(/^key must be @scope\/name/) }]);
  });

  it('refuses a self-dependency', () => {
    const problems = problemsAfter((m) => (m.dependencies = { '@acme/word-stats': '^0.1.0' }));
    expect(problems).toEqual([{ path: 'dependencies["@acme/word-stats"]', message: 'an agent cannot depend on itself' }]);
  });

  it('requires a benchmark for kind code but not for model', () => {
    expect(problemsAfter((m) => delete m.benchmark)).toEqual([{ path: 'benchmark', message: expect.stringMatching(/required for kind "code"/) }]);
    const model = good();
    model.kind = 'model';
    delete model.benchmark;
    expect(validateManifest(model).ok).toBe(true);
  });

  it('checks benchmark cases against the declared schemas and for duplicates', () => {
    const problems = problemsAfter((m) => {
      m.benchmark.cases[0].input = { words: 'no text field' };
      m.benchmark.cases[1].name = m.benchmark.cases[0].name;
      m.benchmark.cases[1].expected = { words: 'zero' };
      m.skills.push({ ...m.skills[0] });
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'benchmark.cases[0].input',
      'benchmark.cases[1].expected',
      'benchmark.cases[1].name',
      'skills[1].id',
    ]);
    expect(problems.find((p) => p.path === 'benchmark.cases[0].input')?.message).toMatch(/does not match inputSchema: .*text/);
  });

  it('reports every field problem at once, not only the first', () => {
    const problems = problemsAfter((m) => {
      m.version = 'latest';
      m.license = 'Nope';
      m.permissions.secrets = ['bad-name'];
    });
    expect(problems.map((p) => p.path)).toEqual(['version', 'license', 'permissions.secrets[0]']);
  });

  it('says what is wrong with a value of the wrong type or a non-object', () => {
    expect(problemsAfter((m) => (m.skills = 'search'))).toContainEqual({ path: 'skills', message: 'must be an array' });
    expect(validateManifest('nope')).toEqual({ ok: false, problems: [{ path: '', message: 'must be an object' }] });
  });
});

describe('formatPath', () => {
  it('uses dots for identifiers, brackets for indexes and quoted keys', () => {
    expect(formatPath(['skills', 0, 'id'])).toBe('skills[0].id');
    expect(formatPath(['dependencies', '@acme/x'])).toBe('dependencies["@acme/x"]');
    expect(formatPath([])).toBe('');
  });
});
