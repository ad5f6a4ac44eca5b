import { loadAllYaml } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { tenantManifests } from './tenant-manifests';
import { toYaml } from './to-yaml';

describe('toYaml', () => {
  it('writes the tenant manifests as documents a YAML parser reads back unchanged', () => {
    const objects = tenantManifests({ tenantId: 't-1', slug: 'acme', plan: { cpu: '2', memory: '4Gi', pods: 20, storage: '20Gi' } });
    const yaml = toYaml(objects);
    expect(yaml.match(/^---$/gm)).toHaveLength(objects.length);
    expect(yaml).toContain('kind: Namespace\nmetadata:\n  name: nexus-t-acme\n');
    // JSON is YAML too: both texts must read back as the same Kubernetes objects.
    const asJson = objects.map((o) => `---\n${JSON.stringify(o)}\n`).join('');
    expect(loadAllYaml(yaml)).toEqual(loadAllYaml(asJson));
  });

  it('quotes strings that YAML would otherwise read as numbers, booleans, null or structure', () => {
    const tricky = {
      kind: 'Test',
      strings: ['2', '4Gi', '1e3', '0x1F', 'true', 'No', 'null', '~', '', ' padded ', 'a: b', '- x', '#note', 'quote"s', "it's", 'line\nbreak', 'tab\there', 'ünïcödé', '*ref', '&anchor', '!tag', '{a}', '[1]', '%x', '@x', '`x', '| x', '> x', '12:30', '2024-01-01'],
      numbers: [0, -1, 3.5, 1e21],
      flags: [true, false, null],
      empty: { list: [], map: {} },
      nested: [[1, [2]], [{ a: [{ b: 'c' }] }]],
      'key: with colon': 'v',
      '2': 'numeric key',
    };
    expect(loadAllYaml(toYaml([tricky]))).toEqual([tricky]);
  });

  it('leaves out undefined fields as JSON does and refuses values JSON cannot hold', () => {
    expect(loadAllYaml(toYaml([{ a: 1, b: undefined }]))).toEqual([{ a: 1 }]);
    expect(() => toYaml([{ a: Number.NaN }])).toThrow(/NaN/);
  });
});
