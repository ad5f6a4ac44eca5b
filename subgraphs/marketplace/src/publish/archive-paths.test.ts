import { describe, expect, it } from 'vitest';
import { checkArchivePath, collisionKey } from './archive-paths.js';

const code = (path: string, dir = false) => {
  const r = checkArchivePath(path, dir, 200);
  return r.ok ? r.relative : r.finding.code;
};

describe('checkArchivePath', () => {
  it('keeps normal files and directories relative to package/', () => {
    expect(code('package/lib/a.js')).toBe('lib/a.js');
    expect(code('package/lib/', true)).toBe('lib');
    expect(code('package/', true)).toBe('');
  });

  it('rejects a NUL byte (which only a non-tar caller could pass) as a control character', () => {
    expect(code('package/a.js\u0000.png')).toBe('PATH_CONTROL_CHARACTER');
  });

  it('rejects a file named just package and empty segments', () => {
    expect(code('package')).toBe('PATH_OUTSIDE_PACKAGE');
    expect(code('package//a.js')).toBe('PATH_NOT_CANONICAL');
  });

  it('treats case and Unicode normalisation variants as the same file', () => {
    expect(collisionKey('Caf\u00e9.js')).toBe(collisionKey('cafe\u0301.js'));
  });
});
