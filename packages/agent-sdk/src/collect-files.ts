// Walks an agent folder and lists the files that belong in its tarball, refusing what cannot be packed.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseNexusIgnore, type TIgnoreTest } from './nexusignore';

export interface CollectedFile {
  /** Path inside the package, forward slashes. */
  path: string;
  absolute: string;
  size: number;
  executable: boolean;
}

// Never shipped: installed code, VCS data, hidden files (.env, .npmrc…) and earlier tarballs.
const alwaysIgnored = (name: string): boolean => name === 'node_modules' || name.startsWith('.') || name.endsWith('.tgz');

/**
 * Files to pack, sorted by path (byte order, so the result is the same in every locale).
 * `required` paths are packed even if .nexusignore matches them.
 */
export async function collectPackageFiles(dir: string, required: readonly string[]): Promise<CollectedFile[]> {
  const ignored = await readIgnore(dir);
  const files: CollectedFile[] = [];

  // Inside an ignored folder only required files are taken (the folder is walked just for them).
  async function walk(relDir: string, folderIgnored: boolean): Promise<void> {
    const entries = await readdir(join(dir, relDir), { withFileTypes: true });
    for (const entry of entries) {
      if (alwaysIgnored(entry.name)) continue;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const isRequired = required.includes(rel);
      const skip = folderIgnored || ignored(rel, entry.isDirectory());
      if (entry.isDirectory()) {
        if (!skip || required.some((r) => r.startsWith(`${rel}/`))) await walk(rel, skip);
        continue;
      }
      if (skip && !isRequired) continue;
      // The dirent comes from lstat: a link is refused, never followed out of the package.
      if (entry.isSymbolicLink()) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${rel} is a symbolic link; agent packages cannot contain links (copy the file instead)`, { field: rel });
      }
      // Sockets, FIFOs and devices are skipped: they have no content to ship.
      if (!entry.isFile()) continue;
      const stat = await lstat(join(dir, rel));
      files.push({ path: rel, absolute: join(dir, rel), size: stat.size, executable: (stat.mode & 0o111) !== 0 });
    }
  }

  await walk('', false);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function readIgnore(dir: string): Promise<TIgnoreTest> {
  try {
    return parseNexusIgnore(await readFile(join(dir, '.nexusignore'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return () => false;
    throw error;
  }
}
