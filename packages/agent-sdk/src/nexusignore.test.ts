import { describe, expect, it } from 'vitest';
import { parseNexusIgnore } from './nexusignore';

describe('parseNexusIgnore', () => {
  const ignored = parseNexusIgnore(['# tests stay home', '', '*.test.js', 'fixtures/', '/local.json', 'docs/**/*.png', 'dat?.csv'].join('\n'));

  it('matches a name at any depth, folders only when marked, anchored paths only at the root', () => {
    expect(ignored('index.test.js', false)).toBe(true);
    expect(ignored('lib/util.test.js', false)).toBe(true);
    expect(ignored('lib/util.js', false)).toBe(false);
    expect(ignored('fixtures', true)).toBe(true);
    expect(ignored('fixtures', false)).toBe(false);
    expect(ignored('local.json', false)).toBe(true);
    expect(ignored('lib/local.json', false)).toBe(false);
  });

  it('supports ** across folders and ? for one character', () => {
    expect(ignored('docs/a.png', false)).toBe(true);
    expect(ignored('docs/img/deep/a.png', false)).toBe(true);
    expect(ignored('img/a.png', false)).toBe(false);
    expect(ignored('data.csv', false)).toBe(true);
    expect(ignored('datum.csv', false)).toBe(false);
  });
});
