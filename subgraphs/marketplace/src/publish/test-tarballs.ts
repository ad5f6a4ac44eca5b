// Test helper: builds package tarballs in memory, including malformed ones that tar itself would never write.
import { gzipSync } from 'node:zlib';
import { Header, Pack, ReadEntry } from 'tar';

/** A well-formed package packed by tar itself, the way `npm pack` would lay it out. */
export async function packTgz(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = new Pack({ portable: true, gzip: true });
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const [path, body] of Object.entries(files)) {
    const data = Buffer.from(body);
    const entry = new ReadEntry(new Header({ path, type: 'File', size: data.length, mode: 0o644, mtime: new Date(0) }));
    entry.end(data);
    pack.add(entry);
  }
  pack.end();
  await done;
  return Buffer.concat(chunks);
}

export interface RawEntry {
  path: string;
  /** ustar typeflag: '0' file, '1' hard link, '2' symlink, '3' char device, '4' block device, '5' dir, '6' FIFO, 'x' pax. */
  type?: string;
  body?: string | Buffer;
  /** Declared size when it should differ from the body (a lie about size). */
  size?: number;
  linkpath?: string;
}

const octal = (n: number, width: number): string => n.toString(8).padStart(width - 1, '0') + '\0';

/** One raw 512-byte ustar header, written field by field so nothing sanitises the path. */
export function ustarHeader(e: RawEntry, size: number): Buffer {
  const b = Buffer.alloc(512);
  b.write(e.path, 0, 100, 'utf8');
  b.write(octal(0o644, 8), 100);
  b.write(octal(0, 8), 108);
  b.write(octal(0, 8), 116);
  b.write(octal(size, 12), 124);
  b.write(octal(0, 12), 136);
  b.fill(' ', 148, 156);
  b.write(e.type ?? '0', 156);
  b.write(e.linkpath ?? '', 157, 100, 'utf8');
  b.write('ustar\u000000', 257);
  b.write(octal(0, 8), 329);
  b.write(octal(0, 8), 337);
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(octal(sum, 7) + ' ', 148);
  return b;
}

/** A pax extended header record, used to smuggle characters a ustar name field cannot hold. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = body.length + 1;
  while (`${len}${body}`.length !== len) len = `${len}${body}`.length;
  return `${len}${body}`;
}

/** A raw tar stream (not compressed) of the given entries, with the two closing zero blocks. */
export function rawTar(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    blocks.push(ustarHeader(e, e.size ?? body.length));
    if (body.length > 0) blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const rawTgz = (entries: RawEntry[]): Buffer => gzipSync(rawTar(entries));

export const MANIFEST_ENTRY: RawEntry = { path: 'package/nexus-agent.json', body: '{"name":"@acme/x","version":"1.0.0"}' };
