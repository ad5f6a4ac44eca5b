// Marketplace benchmarks: the publish pipeline on a 1 MB package, resolution over a 2,000-package registry of depth 15, and search at 10k/100k.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMarketplaceHarness } from '../subgraphs/marketplace/src/testing/harness';
import { buildPackage } from '../subgraphs/marketplace/src/testing/packages';
import { resolveDependencies } from '../subgraphs/marketplace/src/resolution/resolve-dependencies';
import type { RegistryVersion } from '../subgraphs/marketplace/src/resolution/resolution-types';
import { percentile, report, type Row } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const ms = (x: number) => Number(x.toFixed(1));
const rows: Row[] = [];

// --- publish: a 1 MB package (code plus a generated lexicon it ships as data; short tokens, so no "secret-like" strings) ---
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'qu', 'di', 'fe', 'go', 'hu', 'ja', 'xo', 'yi', 'wu', 'be'];
const word = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
// Split into parts: a single file may be at most 5 MB unpacked.
const dataFiles: Record<string, string> = {};
let compressed = 0;
for (let part = 0; compressed < 1024 * 1024; part++) {
  const entries = Array.from({ length: 25_000 }, () => ({ word: word(), weight: Math.floor(rnd() * 10_000), tags: [word(), word()] }));
  const text = JSON.stringify({ entries });
  dataFiles[`data/lexicon-${part}.json`] = text;
  compressed += gzipSync(text).length;
}
const dataBytes = Object.values(dataFiles).reduce((n, t) => n + Buffer.byteLength(t), 0);
const h = await startMarketplaceHarness();
try {
  const owner = await h.publisher('benchco');
  const times: number[] = [];
  let size = 0;
  const stepTotals = new Map<string, number[]>();
  for (let i = 0; i < 6; i++) {
    const pkg = buildPackage({ name: '@benchco/lexicon', version: `1.0.${i}`, extraFiles: dataFiles, benchmark: { cases: [{ name: 'ada', input: { name: 'Ada' }, expected: { greeting: 'hello Ada' } }], runs: 5, warmup: 1 } });
    size = pkg.length;
    const started = performance.now();
    const out = await h.server.services.publish.publish(owner.req, { tarball: pkg.toString('base64') });
    const took = performance.now() - started;
    if (!out.version) throw new Error(`publish rejected: ${out.rejection}`);
    if (i === 0) continue; // warm-up: first isolate, first JIT
    times.push(took);
    for (const s of out.report.steps) stepTotals.set(s.name, [...(stepTotals.get(s.name) ?? []), s.durationMs]);
  }
  const steps = [...stepTotals].map(([n, xs]) => `${n} ${ms(xs.reduce((a, b) => a + b, 0) / xs.length)}`).join(', ');
  rows.push({ benchmark: `publish pipeline, ${(size / 1024 / 1024).toFixed(2)} MB .tgz (${(dataBytes / 1024 / 1024).toFixed(2)} MB unpacked data)`, n: times.length, 'p50 ms': ms(percentile(times, 50)), 'p95 ms': ms(percentile(times, 95)), notes: `mean per step (ms): ${steps}` });
} finally {
  await h.close();
}

// --- resolution: 2,000 packages, 15 levels, 3 versions each, 2–4 dependencies into the next level ---
const LEVELS = 15;
const PER_LEVEL = Math.ceil(2000 / LEVELS);
const registry = new Map<string, RegistryVersion[]>();
for (let level = 0; level < LEVELS; level++) {
  for (let i = 0; i < PER_LEVEL; i++) {
    const deps: Record<string, string> = {};
    if (level < LEVELS - 1) for (let d = 0; d < 2 + (i % 3); d++) deps[`@l${level + 1}/p${(i * 7 + d * 13) % PER_LEVEL}`] = `^1.${d % 2}.0`;
    registry.set(`@l${level}/p${i}`, ['1.0.0', '1.1.0', '1.2.3'].map((version) => ({ version, dependencies: deps, deprecated: version === '1.2.3' && i % 10 === 0 ? 'old' : null })));
  }
}
const source = { versions: async (name: string) => registry.get(name) ?? [] };
const resolveTimes: number[] = [];
let resolved = 0;
for (let run = 0; run < 12; run++) {
  const started = performance.now();
  const r = await resolveDependencies({ name: `@l0/p${run}`, range: '^1.0.0' }, source);
  if (!r.ok) throw new Error('bench registry should resolve');
  resolved = r.packages.length;
  if (run > 1) resolveTimes.push(performance.now() - started);
}
rows.push({ benchmark: `resolveDependencies, ${registry.size}-package registry, depth ${LEVELS}`, n: resolveTimes.length, 'p50 ms': ms(percentile(resolveTimes, 50)), 'p95 ms': ms(percentile(resolveTimes, 95)), notes: `${resolved} packages in the resolved tree` });

// --- search: the dedicated bench, folded into this table ---
const skipSearch = process.argv.includes('--reuse-search');
const search = skipSearch ? { status: 0 } : spawnSync(process.execPath, ['--import', 'tsx', join(here, 'search.bench.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (search.status !== 0) throw new Error('search bench failed');
const searchRows = (JSON.parse(readFileSync(join(here, 'results/search.json'), 'utf8')) as { rows: Row[] }).rows;
for (const r of searchRows) rows.push({ benchmark: `search, ${r.docs} agents, ${r.mode}`, n: 200, 'p50 ms': Number(r['p50 ms']), 'p95 ms': Number(r['p95 ms']), notes: `index build ${r['index build s']} s, LSA build ${r['lsa build s']} s, tag filter + typos` });

report('marketplace', rows);
