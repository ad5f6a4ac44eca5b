import * as semver from 'semver';
import { describe, expect, it } from 'vitest';
import { resolveDependencies } from './resolve-dependencies.js';
import type { RegistryVersion, ResolveResult, VersionSource } from './resolution-types.js';

type Spec = Record<string, Record<string, Record<string, string> | { deps?: Record<string, string>; deprecated: string }>>;

/** An in-memory registry that counts look-ups, so memoisation can be asserted. */
function registry(spec: Spec): VersionSource & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    async versions(name) {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return Object.entries(spec[name] ?? {}).map(([version, v]): RegistryVersion =>
        'deprecated' in v ? { version, dependencies: (v.deps ?? {}) as Record<string, string>, deprecated: v.deprecated as string } : { version, dependencies: v as Record<string, string> },
      );
    },
  };
}

function ok(result: ResolveResult) {
  if (!result.ok) throw new Error(`expected a resolution, got ${JSON.stringify(result)}`);
  return result;
}
const versionsOf = (result: ResolveResult) => Object.fromEntries(ok(result).packages.map((p) => [p.name, p.version]));

describe('resolveDependencies', () => {
  it('picks the highest version satisfying the range', async () => {
    const reg = registry({ '@a/app': { '1.0.0': { '@a/lib': '^1.2.0' } }, '@a/lib': { '1.1.0': {}, '1.2.0': {}, '1.9.3': {}, '2.0.0': {} } });
    const result = ok(await resolveDependencies({ name: '@a/app', range: '^1.0.0' }, reg));
    expect(result.root).toEqual({ name: '@a/app', version: '1.0.0' });
    expect(versionsOf(result)).toEqual({ '@a/app': '1.0.0', '@a/lib': '1.9.3' });
    expect(result.packages.find((p) => p.name === '@a/lib')!.dependents).toEqual([{ name: '@a/app', version: '1.0.0', range: '^1.2.0' }]);
  });

  it('installs a shared dependency once and fetches each package once', async () => {
    const reg = registry({
      app: { '1.0.0': { a: '^1.0.0', b: '^1.0.0' } },
      a: { '1.0.0': { shared: '^2.0.0' } },
      b: { '1.0.0': { shared: '^2.1.0' } },
      shared: { '2.0.0': {}, '2.3.0': {} },
    });
    const result = ok(await resolveDependencies({ name: 'app', range: '*' }, reg));
    expect(result.packages.filter((p) => p.name === 'shared')).toHaveLength(1);
    expect(versionsOf(result).shared).toBe('2.3.0');
    expect(result.packages.find((p) => p.name === 'shared')!.dependents.map((d) => d.name)).toEqual(['a', 'b']);
    expect([...reg.calls.values()].every((n) => n === 1)).toBe(true);
  });

  it('narrows an earlier choice when a deeper dependent asks for less (backtracking)', async () => {
    // `shared` is decided (2.5.0) before `deep` is discovered; deep only accepts ~2.1.
    const reg = registry({
      app: { '1.0.0': { a: '^1.0.0', shared: '^2.0.0' } },
      a: { '1.0.0': { deep: '^1.0.0' } },
      deep: { '1.0.0': { shared: '~2.1.0' } },
      shared: { '2.0.0': {}, '2.1.4': {}, '2.5.0': {} },
    });
    const result = ok(await resolveDependencies({ name: 'app', range: '^1.0.0' }, reg));
    expect(versionsOf(result)).toEqual({ app: '1.0.0', a: '1.0.0', deep: '1.0.0', shared: '2.1.4' });
  });

  it('falls back to an older dependent version when the newest one cannot be satisfied', async () => {
    const reg = registry({
      app: { '1.0.0': { a: '^1.0.0', b: '^1.0.0' } },
      a: { '1.0.0': { c: '^1.0.0' }, '1.1.0': { c: '^2.0.0' } },
      b: { '1.0.0': { c: '^1.0.0' } },
      c: { '1.0.0': {}, '2.0.0': {} },
    });
    expect(versionsOf(await resolveDependencies({ name: 'app', range: '*' }, reg))).toEqual({ app: '1.0.0', a: '1.0.0', b: '1.0.0', c: '1.0.0' });
  });

  it('explains a conflict with both dependents and their ranges', async () => {
    const reg = registry({
      app: { '1.0.0': { a: '^1.0.0', b: '^1.0.0' } },
      a: { '1.0.0': { c: '^1.0.0' } },
      b: { '1.0.0': { c: '^2.0.0' } },
      c: { '1.0.0': {}, '1.5.0': {}, '2.0.0': {} },
    });
    const result = await resolveDependencies({ name: 'app', range: '^1.0.0' }, reg);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflicts).toEqual([
      {
        name: 'c',
        wanted: [{ by: 'a@1.0.0', range: '^1.0.0' }, { by: 'b@1.0.0', range: '^2.0.0' }],
        available: ['2.0.0', '1.5.0', '1.0.0'],
        message: 'No version of c satisfies ^1.0.0 (wanted by a@1.0.0) and ^2.0.0 (wanted by b@1.0.0); available: 2.0.0, 1.5.0, 1.0.0',
      },
    ]);
  });

  it('reports a conflict with the root range', async () => {
    const result = await resolveDependencies({ name: 'app', range: '^3.0.0' }, registry({ app: { '1.0.0': {} } }));
    expect(result.ok === false && result.conflicts[0]).toMatchObject({ name: 'app', wanted: [{ by: 'root', range: '^3.0.0' }], available: ['1.0.0'] });
  });

  it('reports a missing package with who wants it', async () => {
    const result = await resolveDependencies({ name: 'app', range: '*' }, registry({ app: { '1.0.0': { ghost: '^1.0.0' } } }));
    expect(result).toEqual({ ok: false, conflicts: [], cycles: [], missing: [{ name: 'ghost', by: 'app@1.0.0', range: '^1.0.0' }] });
  });

  it('leaves prereleases out unless the range names one or includePrerelease is set', async () => {
    const reg = registry({ app: { '1.0.0': { lib: '^1.0.0' } }, lib: { '1.0.0': {}, '1.1.0-beta.1': {} } });
    expect(versionsOf(await resolveDependencies({ name: 'app', range: '*' }, reg)).lib).toBe('1.0.0');
    expect(versionsOf(await resolveDependencies({ name: 'app', range: '*' }, reg, { includePrerelease: true })).lib).toBe('1.1.0-beta.1');
    const explicit = registry({ app: { '1.0.0': { lib: '^1.1.0-beta.0' } }, lib: { '1.0.0': {}, '1.1.0-beta.1': {} } });
    expect(versionsOf(await resolveDependencies({ name: 'app', range: '*' }, explicit)).lib).toBe('1.1.0-beta.1');
  });

  it('avoids a deprecated version when a maintained one fits, and warns when none does', async () => {
    const reg = registry({
      app: { '1.0.0': { lib: '^1.0.0', old: '^2.0.0' } },
      lib: { '1.0.0': {}, '1.2.0': { deprecated: 'use 1.0.x' } },
      old: { '2.0.0': { deprecated: 'no longer maintained' } },
    });
    const result = ok(await resolveDependencies({ name: 'app', range: '*' }, reg));
    expect(versionsOf(result)).toMatchObject({ lib: '1.0.0', old: '2.0.0' });
    expect(result.warnings).toEqual([{ code: 'DEPRECATED', package: 'old@2.0.0', message: 'old@2.0.0 is deprecated: no longer maintained' }]);
  });

  it('names a dependency cycle and refuses it', async () => {
    const reg = registry({ '@a/app': { '1.0.0': { '@a/x': '^1.0.0' } }, '@a/x': { '1.0.0': { '@a/y': '^2.0.0' } }, '@a/y': { '2.0.0': { '@a/x': '^1.0.0' } } });
    const result = await resolveDependencies({ name: '@a/app', range: '*' }, reg);
    expect(result).toEqual({ ok: false, conflicts: [], missing: [], cycles: [['@a/x@1.0.0', '@a/y@2.0.0', '@a/x@1.0.0']] });
  });

  it('orders installs dependencies first, ties alphabetical', async () => {
    const reg = registry({
      app: { '1.0.0': { web: '^1.0.0', cli: '^1.0.0' } },
      web: { '1.0.0': { core: '^1.0.0', util: '^1.0.0' } },
      cli: { '1.0.0': { core: '^1.0.0' } },
      core: { '1.0.0': { util: '^1.0.0' } },
      util: { '1.0.0': {} },
    });
    const result = ok(await resolveDependencies({ name: 'app', range: '*' }, reg));
    expect(result.installOrder).toEqual(['util@1.0.0', 'core@1.0.0', 'cli@1.0.0', 'web@1.0.0', 'app@1.0.0']);
  });

  it('gives up within maxSteps instead of searching forever', async () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`1.0.${i}`, { c: '^1.0.0' }]));
    const reg = registry({ app: { '1.0.0': { a: '*', b: '*' } }, a: many, b: { '1.0.0': { c: '^2.0.0' } }, c: { '1.0.0': {}, '2.0.0': {} } });
    const result = await resolveDependencies({ name: 'app', range: '*' }, reg, { maxSteps: 10 });
    expect(result.ok === false && result.conflicts.map((c) => c.name)).toContain('*');
  });

  it('resolves a generated 2,000-package registry of depth 15 correctly', async () => {
    const { spec, rootRange } = generateRegistry(2000, 15);
    const reg = registry(spec);
    const result = ok(await resolveDependencies({ name: 'pkg-0000', range: rootRange }, reg));
    expect(result.packages.length).toBeGreaterThan(1500);
    const chosen = new Map(result.packages.map((p) => [p.name, p]));
    const position = new Map(result.installOrder.map((entry, i) => [entry, i]));
    expect(position.size).toBe(result.packages.length);
    for (const p of result.packages) {
      const declared = spec[p.name]![p.version] as Record<string, string>;
      expect(Object.keys(p.dependencies)).toEqual(Object.keys(declared).sort());
      for (const [dep, range] of Object.entries(declared)) {
        const target = chosen.get(dep)!;
        expect(semver.satisfies(target.version, range)).toBe(true);
        expect(position.get(`${dep}@${target.version}`)!).toBeLessThan(position.get(`${p.name}@${p.version}`)!);
      }
      // Highest: no newer version of this package would satisfy everyone who asks for it.
      const asks = p.dependents.map((d) => d.range);
      const better = Object.keys(spec[p.name]!).filter((v) => semver.gt(v, p.version) && asks.every((r) => semver.satisfies(v, r)));
      expect(better.filter((v) => dependenciesFit(spec[p.name]![v] as Record<string, string>, chosen))).toEqual([]);
    }
    expect([...reg.calls.values()].every((n) => n === 1)).toBe(true);
  });
});

function dependenciesFit(deps: Record<string, string>, chosen: Map<string, { version: string }>): boolean {
  return Object.entries(deps).every(([d, r]) => !chosen.has(d) || semver.satisfies(chosen.get(d)!.version, r));
}

/**
 * Layered registry: package i sits in layer i mod 15 and depends only on packages in deeper layers,
 * so it is acyclic with depth 15. Every package has four versions; dependents use caret or tilde ranges
 * that the newest versions satisfy most of the time, and some ranges force narrowing.
 */
function generateRegistry(size: number, depth: number): { spec: Spec; rootRange: string } {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const name = (i: number) => `pkg-${String(i).padStart(4, '0')}`;
  const layerOf = (i: number) => (i === 0 ? 0 : 1 + (i % (depth - 1)));
  const byLayer = Array.from({ length: depth }, () => [] as number[]);
  for (let i = 0; i < size; i++) byLayer[layerOf(i)]!.push(i);
  const spec: Spec = {};
  for (let i = 0; i < size; i++) {
    const layer = layerOf(i);
    spec[name(i)] = {};
    for (const version of ['1.0.0', '1.1.0', '1.2.3', '2.0.0']) {
      const deps: Record<string, string> = {};
      const below = byLayer[layer + 1] ?? [];
      const count = below.length === 0 ? 0 : i === 0 ? below.length : 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const target = i === 0 ? below[k]! : below[Math.floor(random() * below.length)]!;
        deps[name(target)] = random() < 0.1 ? '~1.1.0' : random() < 0.5 ? '^1.0.0' : '>=1.0.0';
      }
      spec[name(i)]![version] = deps;
    }
  }
  return { spec, rootRange: '^2.0.0' };
}
