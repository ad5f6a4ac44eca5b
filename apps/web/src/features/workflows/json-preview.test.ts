import { describe, expect, it } from 'vitest';
import { previewJson } from './json-preview';

describe('previewJson', () => {
  it('shows small values whole, pretty-printed, and null for a missing value', () => {
    expect(previewJson({ a: 1 })).toEqual({ text: '{\n  "a": 1\n}', full: '{\n  "a": 1\n}', bytes: 12, truncated: false });
    expect(previewJson(undefined)).toMatchObject({ text: 'null', truncated: false });
    expect(previewJson(null)).toMatchObject({ text: 'null', truncated: false });
  });

  it('cuts a large value to the limit and keeps the whole text and its UTF-8 size', () => {
    const value = { items: Array.from({ length: 5000 }, (_, i) => ({ i, name: `item ${i}` })) };
    const p = previewJson(value, 1000);
    expect(p.truncated).toBe(true);
    expect(p.text).toHaveLength(1000);
    expect(p.full).toBe(JSON.stringify(value, null, 2));
    expect(p.full.startsWith(p.text)).toBe(true);
    expect(p.bytes).toBe(Buffer.byteLength(p.full, 'utf8'));
  });

  it('does not split a character outside the BMP at the cut, and counts its four UTF-8 bytes', () => {
    const p = previewJson('😀😀😀', 4); // '"' then two UTF-16 units per emoji: a cut at 4 falls inside the second one
    expect(p.text).toBe('"😀');
    expect(p.bytes).toBe(2 + 3 * 4);
  });
});
