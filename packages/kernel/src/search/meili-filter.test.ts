// The Meilisearch filter mapping, including values that try to break out of their quotes.
import { describe, expect, it } from 'vitest';
import { toMeiliFilter } from './meili-filter';

describe('toMeiliFilter', () => {
  it('maps each filter to one quoted expression, any-of within it', () => {
    expect(toMeiliFilter({ tag: ['pdf', 'finance'], capability: ['ocr'], protocol: ['mcp'], license: ['MIT'], publisher: ['acme'], minRating: 4.5, verified: false })).toEqual([
      'capabilities IN ["ocr"]',
      'tags IN ["pdf", "finance"]',
      'protocol IN ["mcp"]',
      'license IN ["MIT"]',
      'publisher IN ["acme"]',
      'ratingAvg >= 4.5',
      'verified = false',
    ]);
  });

  it('escapes quotes and backslashes so a value cannot add a condition', () => {
    expect(toMeiliFilter({ tag: ['x" OR verified = true OR tags = "y', 'a\\'] })).toEqual(['tags IN ["x\\" OR verified = true OR tags = \\"y", "a\\\\"]']);
  });

  it('skips empty lists', () => {
    expect(toMeiliFilter({ tag: [] })).toEqual([]);
  });
});
