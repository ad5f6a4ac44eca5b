// First publish step: unpacks an uploaded .tgz in memory and refuses anything an extractor could be tricked by.
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { checkArchivePath, collisionKey, printable } from './archive-paths.js';
import { buildReport, type Finding, type StepReport } from './step-report.js';

export interface ArchiveLimits {
  maxCompressedBytes: number;
  /** Counts the decompressed tar stream (headers and padding included), which bounds every file in it. */
  maxUnpackedBytes: number;
  maxEntries: number;
  maxFileBytes: number;
  maxPathLength: number;
}

const MB = 1024 * 1024;
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxCompressedBytes: 10 * MB,
  maxUnpackedBytes: 50 * MB,
  maxEntries: 1000,
  maxFileBytes: 5 * MB,
  maxPathLength: 200,
};

export const MANIFEST_FILE = 'nexus-agent.json';
const STEP = 'archive';

export type ArchiveResult =
  | { ok: true; files: Map<string, Buffer>; report: StepReport }
  | { ok: false; report: StepReport };

const LINK_OR_SPECIAL: Record<string, { code: string; what: string }> = {
  SymbolicLink: { code: 'SYMLINK', what: 'a symbolic link' },
  Link: { code: 'HARD_LINK', what: 'a hard link' },
  CharacterDevice: { code: 'DEVICE', what: 'a character device' },
  BlockDevice: { code: 'DEVICE', what: 'a block device' },
  FIFO: { code: 'FIFO', what: 'a FIFO' },
};
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * Reads a package tarball without touching the disk. Decompression is streamed and counted, so a
 * gzip bomb is cut off as soon as it passes `maxUnpackedBytes` rather than after it has been inflated.
 * Entry-level problems are all collected (the publisher sees every bad path at once); size and
 * corruption problems stop reading immediately.
 */
export async function readPackageArchive(tgz: Buffer, limits: Partial<ArchiveLimits> = {}): Promise<ArchiveResult> {
  const startedAt = performance.now();
  const lim = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  const findings: Finding[] = [];
  const fail = (): ArchiveResult => ({ ok: false, report: buildReport(STEP, startedAt, findings, '') });

  if (tgz.length > lim.maxCompressedBytes) {
    findings.push({ severity: 'high', code: 'ARCHIVE_TOO_LARGE', message: `Archive is ${tgz.length} bytes; the limit is ${lim.maxCompressedBytes}` });
    return fail();
  }
  if (tgz.length < 3 || tgz[0] !== 0x1f || tgz[1] !== 0x8b || tgz[2] !== 0x08) {
    findings.push({ severity: 'high', code: 'NOT_GZIP', message: 'Archive is not a gzip-compressed tarball' });
    return fail();
  }

  const reader = new EntryReader(lim, findings);
  const gunzip = createGunzip();
  gunzip.end(tgz);
  let unpacked = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      // The tar parser would transparently inflate a second gzip layer, outside our byte count.
      if (unpacked === 0 && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        reader.stop({ severity: 'critical', code: 'NESTED_COMPRESSION', message: 'Archive contains a second compression layer' });
      } else if ((unpacked += chunk.length) > lim.maxUnpackedBytes) {
        reader.stop({ severity: 'critical', code: 'UNPACKED_TOO_LARGE', message: `Archive unpacks to more than ${lim.maxUnpackedBytes} bytes` });
      } else {
        reader.parser.write(chunk);
      }
      if (reader.stopped) break;
    }
  } catch (error) {
    reader.stop({ severity: 'high', code: 'CORRUPT_ARCHIVE', message: `Archive could not be decompressed: ${(error as Error).message}` });
  } finally {
    gunzip.destroy();
  }
  if (!reader.stopped) reader.parser.end();
  if (!reader.stopped && !reader.files.has(MANIFEST_FILE)) {
    findings.push({ severity: 'high', code: 'MISSING_MANIFEST', message: `package/${MANIFEST_FILE} is missing`, file: `package/${MANIFEST_FILE}` });
  }
  if (findings.length > 0) return fail();
  return { ok: true, files: reader.files, report: buildReport(STEP, startedAt, findings, `${reader.files.size} files, ${unpacked} bytes unpacked`) };
}

/** Wraps tar's synchronous Parser: every check runs as headers arrive, bodies are kept only for accepted files. */
class EntryReader {
  readonly parser: Parser;
  readonly files = new Map<string, Buffer>();
  stopped = false;
  private entries = 0;
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly lim: ArchiveLimits,
    private readonly findings: Finding[],
  ) {
    // Pax and GNU long-name headers are capped well below tar's 1 MB default: a path is at most maxPathLength.
    this.parser = new Parser({ strict: false, brotli: false, zstd: false, maxMetaEntrySize: 64 * 1024 });
    this.parser.on('entry', (entry: ReadEntry) => this.onEntry(entry));
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.onIgnored(entry));
    this.parser.on('warn', (_code: string, message: string) =>
      this.stop({ severity: 'high', code: 'CORRUPT_ARCHIVE', message: `Archive is corrupt: ${message}` }),
    );
    this.parser.on('error', (error: Error) =>
      this.stop({ severity: 'high', code: 'CORRUPT_ARCHIVE', message: `Archive is corrupt: ${error.message}` }),
    );
  }

  stop(finding: Finding): void {
    if (!this.stopped) this.findings.push(finding);
    this.stopped = true;
  }

  private countEntry(): boolean {
    if (++this.entries <= this.lim.maxEntries) return true;
    this.stop({ severity: 'high', code: 'TOO_MANY_ENTRIES', message: `Archive has more than ${this.lim.maxEntries} entries` });
    return false;
  }

  private onIgnored(entry: ReadEntry): void {
    if (this.stopped || !this.countEntry()) return;
    const what = entry.meta ? 'an oversized metadata header' : `an unsupported entry type (${entry.type})`;
    this.reject(entry, 'UNSUPPORTED_ENTRY', 'high', `is ${what}`);
  }

  private onEntry(entry: ReadEntry): void {
    if (this.stopped || !this.countEntry()) return void entry.resume();
    const special = LINK_OR_SPECIAL[entry.type];
    if (special) return this.reject(entry, special.code, 'critical', `is ${special.what}`);
    const isDirectory = entry.type === 'Directory';
    if (!isDirectory && !FILE_TYPES.has(entry.type)) return this.reject(entry, 'UNSUPPORTED_ENTRY', 'high', `has unsupported type ${entry.type}`);
    const checked = checkArchivePath(entry.path, isDirectory, this.lim.maxPathLength);
    if (!checked.ok) {
      this.findings.push(checked.finding);
      return void entry.resume();
    }
    if (isDirectory) return void entry.resume();
    // The declared size is checked before any body byte is kept.
    if (entry.size > this.lim.maxFileBytes) {
      return this.reject(entry, 'FILE_TOO_LARGE', 'high', `declares ${entry.size} bytes; the limit is ${this.lim.maxFileBytes}`);
    }
    const key = collisionKey(checked.relative);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      const same = earlier === checked.relative ? 'appears twice' : `collides with "${earlier}" on case-insensitive file systems`;
      return this.reject(entry, 'DUPLICATE_PATH', 'high', same);
    }
    this.seen.set(key, checked.relative);
    const chunks: Buffer[] = [];
    entry.on('data', (c: Buffer) => chunks.push(c));
    entry.on('end', () => {
      if (!this.stopped) this.files.set(checked.relative, Buffer.concat(chunks));
    });
  }

  private reject(entry: ReadEntry, code: string, severity: Finding['severity'], why: string): void {
    const file = printable(entry.path);
    this.findings.push({ severity, code, message: `Entry "${file}" rejected: ${why}`, file });
    entry.resume();
  }
}
