// Writes a reproducible .tgz: same files in, same bytes out, on any machine, user or clock.
import { gzipSync } from 'node:zlib';
import { Header, Pax } from 'tar';

export interface TarFile {
  /** Path inside the archive, forward slashes. */
  path: string;
  data: Buffer;
  executable: boolean;
}

// The date npm stamps on every packed file, so archives do not change with checkout times.
export const FIXED_MTIME = new Date('1985-10-26T08:15:00.000Z');
const BLOCK = 512;

/** A ustar archive (pax headers only for paths ustar cannot hold), gzipped with no timestamp. */
export function createTarGz(files: readonly TarFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    const fields = { path: file.path, mtime: FIXED_MTIME, uid: 0, gid: 0, uname: '', gname: '' };
    const header = new Header({ ...fields, mode: file.executable ? 0o755 : 0o644, size: file.data.length, type: 'File' });
    const block = Buffer.alloc(BLOCK);
    if (header.encode(block)) parts.push(new Pax(fields).encode());
    parts.push(block, file.data, Buffer.alloc(padding(file.data.length)));
  }
  // Two zero blocks end a tar archive.
  parts.push(Buffer.alloc(BLOCK * 2));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  // zlib already writes MTIME = 0; the OS byte is pinned too so the bytes do not depend on the platform.
  gz[9] = 3;
  return gz;
}

const padding = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK;
