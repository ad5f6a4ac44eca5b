import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cvss3BaseScore } from './cvss-score.js';
import { loadAdvisories, parseAdvisories } from './osv-advisories.js';
import { advisorySeverity, affectedIntervals, scanAdvisories } from './scan-advisories.js';

const shipped = new URL('../../data/advisories.osv.json', import.meta.url).pathname;

describe('advisories', () => {
  it('loads and validates the shipped advisory file', async () => {
    const advisories = await loadAdvisories(shipped);
    expect(advisories.length).toBeGreaterThanOrEqual(5);
    expect(advisories.map((a) => a.id)).toContain('NEXUS-2025-0001');
  });

  it('flags a dependency range that reaches into the affected interval, with the advisory severity', async () => {
    const advisories = await loadAdvisories(shipped);
    const found = scanAdvisories({ '@acme/pdf-parser': '^1.4.0' }, advisories);
    expect(found).toEqual([expect.objectContaining({ severity: 'high', code: 'VULNERABLE_DEPENDENCY', file: 'nexus-agent.json' })]);
    expect(found[0]!.message).toMatch(/NEXUS-2025-0001.*fixed in 1\.4\.2/);
  });

  it('does not flag a range that starts at the fixed version', async () => {
    const advisories = await loadAdvisories(shipped);
    expect(scanAdvisories({ '@acme/pdf-parser': '^1.4.2', '@acme/iban-validator': '~2.1.3 || ^1.0.0' }, advisories)).toEqual([]);
  });

  it('handles last_affected, several intervals and explicit version lists', async () => {
    const advisories = await loadAdvisories(shipped);
    const hit = (name: string, range: string) => scanAdvisories({ [name]: range }, advisories).map((f) => f.severity);
    expect(hit('@initech/keyword-extractor', '3.2.4')).toEqual(['critical']);
    expect(hit('@initech/keyword-extractor', '^3.2.5')).toEqual([]);
    expect(hit('@acme/currency-formatter', '~2.0.1')).toEqual(['low']);
    expect(hit('@acme/currency-formatter', '^1.2.1 <2.0.0 || >=2.0.4')).toEqual([]);
    expect(hit('@umbrella/business-day-calculator', '^4.1.0')).toEqual(['critical']);
    expect(hit('@umbrella/business-day-calculator', '4.1.0 || >=4.1.3')).toEqual([]);
  });

  it('builds semver intervals from OSV events', () => {
    expect(affectedIntervals([{ introduced: '0' }, { fixed: '1.4.2' }])).toEqual(['>=0.0.0 <1.4.2']);
    expect(affectedIntervals([{ introduced: '2.0.0' }])).toEqual(['>=2.0.0']);
  });

  it('derives severity from CVSS vectors and named ratings', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N')).toBe(6.4);
    expect(cvss3BaseScore('not a vector')).toBeNull();
    const base = { id: 'X', summary: 's', affected: [{ package: { ecosystem: 'Nexus', name: 'a' }, versions: ['1.0.0'] }] };
    expect(advisorySeverity({ ...base, database_specific: { severity: 'MODERATE' } })).toBe('medium');
    expect(advisorySeverity({ ...base, severity: [{ type: 'CVSS_V3', score: '9.1' }] })).toBe('critical');
    expect(advisorySeverity(base)).toBe('medium');
  });

  it('notes dependency specs that are not semver ranges', () => {
    expect(scanAdvisories({ '@acme/pdf-parser': 'github:acme/pdf-parser' }, [])).toEqual([expect.objectContaining({ severity: 'low', code: 'UNCHECKED_DEPENDENCY_RANGE' })]);
  });

  it('rejects a malformed advisory file, naming the bad entry', async () => {
    const good = { id: 'NEXUS-1', summary: 'ok', affected: [{ package: { ecosystem: 'Nexus', name: 'a' }, versions: ['1.0.0'] }] };
    const bad = { id: 'NEXUS-2', summary: 'bad', affected: [{ package: { ecosystem: 'Nexus', name: 'b' }, ranges: [{ type: 'SEMVER', events: [{ fixed: 'one' }] }] }] };
    expect(() => parseAdvisories([good, bad])).toThrow(/entry 1 \(NEXUS-2\) is invalid: affected\.0\.ranges\.0\.events\.0/);
    expect(() => parseAdvisories({ advisories: [] })).toThrow(/expected a JSON array/);
    expect(() => parseAdvisories([good, good])).toThrow(/entry 1 \(NEXUS-1\) repeats an earlier id/);
    const dir = await mkdtemp(join(tmpdir(), 'osv-'));
    await writeFile(join(dir, 'broken.json'), '[{"id": ');
    await expect(loadAdvisories(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: cannot be read as JSON/);
  });
});
