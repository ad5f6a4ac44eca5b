import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPackageArchive } from './archive-guards.js';
import { MANIFEST_ENTRY, packTgz, paxRecord, rawTgz, type RawEntry } from './test-tarballs.js';

const codes = async (tgz: Buffer, limits = {}) => {
  const result = await readPackageArchive(tgz, limits);
  expect(result.ok).toBe(false);
  expect(result.report.status).toBe('failed');
  return result.report.findings.map((f) => `${f.code} ${f.file ?? ''}`.trim());
};
const withManifest = (...entries: RawEntry[]) => rawTgz([MANIFEST_ENTRY, ...entries]);

describe('readPackageArchive', () => {
  it('accepts a package packed by tar and returns its files relative to package/', async () => {
    const tgz = await packTgz({ 'package/nexus-agent.json': '{"name":"@acme/x"}', 'package/lib/index.js': 'export default 1;' });
    const result = await readPackageArchive(tgz);
    expect(result.report).toMatchObject({ name: 'archive', status: 'passed', findings: [] });
    if (!result.ok) throw new Error('expected ok');
    expect([...result.files.keys()].sort()).toEqual(['lib/index.js', 'nexus-agent.json']);
    expect(result.files.get('lib/index.js')?.toString()).toBe('export default 1;');
  });

  it('accepts directory entries without listing them as files', async () => {
    const result = await readPackageArchive(withManifest({ path: 'package/', type: '5' }, { path: 'package/lib/', type: '5' }));
    expect(result.ok && [...result.files.keys()]).toEqual(['nexus-agent.json']);
  });

  it('rejects data that is not gzip', async () => {
    expect(await codes(Buffer.from('PK\u0003\u0004 this is a zip'))).toEqual(['NOT_GZIP']);
  });

  it('rejects a corrupt gzip stream', async () => {
    const tgz = withManifest();
    tgz.fill(0x55, 20, 60);
    expect((await codes(tgz))[0]).toBe('CORRUPT_ARCHIVE');
  });

  it('rejects gzip data that is not a tarball', async () => {
    expect(await codes(gzipSync(Buffer.from('just some text, not tar at all'.repeat(40))))).toEqual(['CORRUPT_ARCHIVE']);
  });

  it('rejects an archive over the compressed limit before inflating it', async () => {
    expect(await codes(withManifest(), { maxCompressedBytes: 10 })).toEqual(['ARCHIVE_TOO_LARGE']);
  });

  it('stops a gzip bomb as soon as it inflates past the unpacked limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(await codes(bomb, { maxUnpackedBytes: 4 * 1024 * 1024 })).toEqual(['UNPACKED_TOO_LARGE']);
    // Had the 64 MB been inflated and buffered, far more than this would have been allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('rejects a second gzip layer inside the first', async () => {
    expect(await codes(gzipSync(withManifest()))).toEqual(['NESTED_COMPRESSION']);
  });

  it('rejects too many entries', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ path: `package/f${i}.js`, body: 'x' }));
    expect(await codes(withManifest(...many), { maxEntries: 3 })).toEqual(['TOO_MANY_ENTRIES']);
  });

  it('rejects a file whose declared size is over the limit without reading it', async () => {
    expect(await codes(withManifest({ path: 'package/huge.bin', size: 0o77777777777 }))).toContain('FILE_TOO_LARGE package/huge.bin');
  });

  it('rejects a path over the length limit', async () => {
    const found = await codes(withManifest({ path: `package/${'a'.repeat(60)}.js`, body: 'x' }), { maxPathLength: 50 });
    expect(found[0]).toMatch(/^PATH_TOO_LONG package\/a+\.js$/);
  });

  it.each([
    ['PATH_TRAVERSAL', '../evil.js'],
    ['PATH_TRAVERSAL', 'package/../../evil.js'],
    ['PATH_ABSOLUTE', '/etc/passwd'],
    ['PATH_BACKSLASH', 'package\\..\\evil.js'],
    ['PATH_DRIVE_LETTER', 'C:/Windows/evil.js'],
    ['PATH_OUTSIDE_PACKAGE', 'other/evil.js'],
    ['PATH_NOT_CANONICAL', 'package/./evil.js'],
  ])('rejects %s for %s', async (code, path) => {
    expect(await codes(withManifest({ path, body: 'x' }))).toEqual([`${code} ${path}`]);
  });

  it('rejects control characters smuggled into a path through a pax header', async () => {
    // tar cuts pax values at NUL itself; an escape sequence survives and would reach logs and terminals.
    const pax = { path: 'PaxHeader', type: 'x', body: paxRecord('path', 'package/evil\u001b[2J.js') };
    expect(await codes(withManifest(pax, { path: 'package/placeholder.js', body: 'x' }))).toEqual(['PATH_CONTROL_CHARACTER package/evil\\u001b[2J.js']);
  });

  it.each([
    ['SYMLINK', { path: 'package/link.js', type: '2', linkpath: '/etc/passwd' }],
    ['HARD_LINK', { path: 'package/hard.js', type: '1', linkpath: 'package/nexus-agent.json' }],
    ['DEVICE', { path: 'package/tty', type: '3' }],
    ['DEVICE', { path: 'package/sda', type: '4' }],
    ['FIFO', { path: 'package/pipe', type: '6' }],
  ])('rejects %s entries', async (code, entry) => {
    expect(await codes(withManifest(entry))).toEqual([`${code} ${entry.path}`]);
  });

  it('rejects duplicate paths, including ones that differ only by case', async () => {
    const found = await codes(withManifest({ path: 'package/a.js', body: '1' }, { path: 'package/a.js', body: '2' }, { path: 'package/A.js', body: '3' }));
    expect(found).toEqual(['DUPLICATE_PATH package/a.js', 'DUPLICATE_PATH package/A.js']);
  });

  it('rejects a package without nexus-agent.json', async () => {
    expect(await codes(rawTgz([{ path: 'package/index.js', body: 'x' }]))).toEqual(['MISSING_MANIFEST package/nexus-agent.json']);
  });

  it('reports every bad entry at once, each naming its path', async () => {
    const found = await codes(withManifest({ path: '../a.js', body: 'x' }, { path: 'package/l', type: '2', linkpath: 'x' }));
    expect(found.sort()).toEqual(['PATH_TRAVERSAL ../a.js', 'SYMLINK package/l']);
  });
});
