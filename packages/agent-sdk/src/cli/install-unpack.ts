// Unpacks a downloaded package in memory, refusing every entry an extractor could be tricked by; the registry guards too, but is not trusted.
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';

export interface UnpackLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
}

const MB = 1024 * 1024;
// The registry accepts at most 10 MB compressed and 50 MB unpacked; the same bounds here stop a bomb.
export const UNPACK_LIMITS: UnpackLimits = { maxUnpackedBytes: 50 * MB, maxEntries: 1000 };

export interface UnpackedFile {
  /** Path relative to the package root (`package/` stripped), forward slashes. */
  path: string;
  data: Buffer;
  executable: boolean;
}

export type TUnpackResult = { ok: true; files: UnpackedFile[] } | { ok: false; problems: string[] };

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/** Why a raw entry path is unsafe, or its path below `package/`. */
export function safeEntryPath(path: string, isDirectory: boolean): { ok: true; relative: string } | { ok: false; why: string } {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return { ok: false, why: 'contains a control character' };
  if (path.includes('\\')) return { ok: false, why: 'contains a backslash' };
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return { ok: false, why: 'is absolute' };
  const segments = (isDirectory && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (segments.includes('..')) return { ok: false, why: 'contains a ".." segment' };
  if (segments.some((s) => s === '' || s === '.')) return { ok: false, why: 'contains an empty or "." segment' };
  if (segments[0] !== 'package' || (!isDirectory && segments.length < 2)) return { ok: false, why: 'is not under package/' };
  return { ok: true, relative: segments.slice(1).join('/') };
}

const shown = (path: string) => JSON.stringify(path);

/** All problems are collected, so a refusal names every bad entry at once. */
export async function unpackPackage(tgz: Buffer, limits: UnpackLimits = UNPACK_LIMITS): Promise<TUnpackResult> {
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz, { maxOutputLength: limits.maxUnpackedBytes });
  } catch (error) {
    const tooBig = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
    return { ok: false, problems: [tooBig ? `unpacks to more than ${limits.maxUnpackedBytes} bytes` : `is not a gzip-compressed tarball (${(error as Error).message})`] };
  }
  // tar's parser would silently inflate a second gzip layer, outside the byte limit above.
  if (tar[0] === 0x1f && tar[1] === 0x8b) return { ok: false, problems: ['contains a second compression layer'] };

  const problems: string[] = [];
  const files: UnpackedFile[] = [];
  const seen = new Set<string>();
  let entries = 0;
  const parser = new Parser({ strict: false, brotli: false, zstd: false, maxMetaEntrySize: 64 * 1024 });
  // A corrupt archive may abort instead of ending; either way parsing is over.
  const done = new Promise<void>((resolve) => {
    for (const event of ['end', 'abort', 'close']) parser.once(event, () => resolve());
  });
  parser.on('warn', (_code: string, message: string) => problems.push(`is corrupt: ${message}`));
  parser.on('error', (error: Error) => problems.push(`is corrupt: ${error.message}`));
  parser.on('ignoredEntry', (entry: ReadEntry) => problems.push(`entry ${shown(entry.path)} has an unsupported type (${entry.type})`));
  parser.on('entry', (entry: ReadEntry) => {
    const refuse = (why: string) => {
      problems.push(`entry ${shown(entry.path)} ${why}`);
      entry.resume();
    };
    if (++entries > limits.maxEntries) return refuse(`is past the limit of ${limits.maxEntries} entries`);
    const isDirectory = entry.type === 'Directory';
    if (!isDirectory && !FILE_TYPES.has(entry.type)) return refuse(`is a ${entry.type}, not a regular file`);
    const checked = safeEntryPath(entry.path, isDirectory);
    if (!checked.ok) return refuse(checked.why);
    if (isDirectory) return void entry.resume();
    // Two names that one file system would fold together must not overwrite each other.
    const key = checked.relative.normalize('NFC').toLowerCase();
    if (seen.has(key)) return refuse('appears twice (ignoring case)');
    seen.add(key);
    const chunks: Buffer[] = [];
    entry.on('data', (c: Buffer) => chunks.push(c));
    entry.on('end', () => files.push({ path: checked.relative, data: Buffer.concat(chunks), executable: ((entry.mode ?? 0) & 0o111) !== 0 }));
  });
  parser.end(tar);
  await done;
  if (problems.length === 0 && files.length === 0) problems.push('holds no files');
  return problems.length ? { ok: false, problems } : { ok: true, files };
}
