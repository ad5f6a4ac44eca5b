// Embedded BlobStore: content-addressed files under a directory, written atomically (temp file + rename).
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { BlobInfo, BlobStore } from '../ports/blob-store';
import { checkKey, describeBlob, verifyBlob } from './blob-hash';

export class FsBlobStoreAdapter implements BlobStore {
  constructor(private readonly dir: string) {}

  /** Two-level fan-out keeps directories small: ab/cd/abcd…. */
  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Buffer): Promise<BlobInfo> {
    const info = describeBlob(bytes);
    const path = this.pathOf(info.key);
    if (await this.has(info.key)) return info;
    await mkdir(join(path, '..'), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes, { mode: 0o644 });
    await rename(temp, path);
    return info;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return verifyBlob(key, await readFile(this.pathOf(checkKey(key))));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await stat(this.pathOf(checkKey(key)));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(checkKey(key)), { force: true });
  }

  async close(): Promise<void> {}
}
