import { describe, expect, it } from 'vitest';
import { parseAdvisories } from './osv-advisories.js';
import { scanPackage, type ScannedManifest } from './security-scan.js';

const manifest: ScannedManifest = {
  name: '@acme/invoice-extractor',
  version: '1.0.0',
  license: 'MIT',
  permissions: { hosts: ['api.acme.test'], secrets: ['ACME_TOKEN'] },
  dependencies: { '@acme/pdf-parser': '^1.4.2' },
};
const advisories = parseAdvisories([
  { id: 'NEXUS-9', summary: 'Prototype pollution', database_specific: { severity: 'HIGH' }, affected: [{ package: { ecosystem: 'Nexus', name: '@acme/pdf-parser' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.4.2' }] }] }] },
]);
const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)]));
const clean = files({
  'nexus-agent.json': JSON.stringify(manifest),
  'index.mjs': 'export default async (ctx) => (await ctx.fetch("https://api.acme.test/x")).json();',
  'README.md': '# Invoice extractor\nReads totals from invoices.',
});

describe('scanPackage', () => {
  it('passes a clean package', () => {
    expect(scanPackage({ files: clean, manifest, advisories })).toMatchObject({ name: 'security-scan', status: 'passed', findings: [] });
  });

  it('combines code, secret, advisory and license findings, worst first, and fails on blocking ones', () => {
    const report = scanPackage({
      files: files({ ...Object.fromEntries([...clean].map(([k, v]) => [k, v.toString()])), 'lib/run.js': 'eval(x);\nconst t = "Zx9Qm3Lr7Tb2Wv8Kp4Nd6Hs1Jf5Gc0Ya";' }),
      manifest: { ...manifest, license: 'GPL-3.0-only', dependencies: { '@acme/pdf-parser': '^1.3.0' } },
      advisories,
    });
    expect(report.status).toBe('failed');
    expect(report.findings.map((f) => `${f.severity} ${f.code} ${f.file}`)).toEqual([
      'critical EVAL lib/run.js',
      'high LICENSE_NOT_ALLOWED nexus-agent.json',
      'high VULNERABLE_DEPENDENCY nexus-agent.json',
      'medium HIGH_ENTROPY_STRING lib/run.js',
    ]);
    expect(report.summary).toMatch(/^Rejected: 3 blocking findings/);
  });

  it('reports a warning, not a failure, when only medium findings remain', () => {
    const report = scanPackage({ files: files({ 'index.js': 'ctx.fetch("https://tracker.other.test/p");' }), manifest, advisories });
    expect(report).toMatchObject({ status: 'warning', findings: [{ severity: 'medium', code: 'UNLISTED_HOST' }] });
  });
});
