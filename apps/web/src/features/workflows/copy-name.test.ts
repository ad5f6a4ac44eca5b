import { describe, expect, it } from 'vitest';
import { copyName } from './copy-name';

describe('copyName', () => {
  it('adds (copy), then a number, without stacking suffixes, within 100 characters', () => {
    expect(copyName('Triage', 1)).toBe('Triage (copy)');
    expect(copyName('Triage', 3)).toBe('Triage (copy 3)');
    expect(copyName('Triage (copy)', 1)).toBe('Triage (copy)');
    expect(copyName('Triage (copy 2)', 2)).toBe('Triage (copy 2)');
    const long = copyName('x'.repeat(100), 12);
    expect(long).toHaveLength(100);
    expect(long.endsWith(' (copy 12)')).toBe(true);
  });
});
