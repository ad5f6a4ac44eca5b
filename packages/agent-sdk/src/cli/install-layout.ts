// The install folder on disk: `<dir>/@scope/name/` per package, its install marker, and `nexus-lock.json`.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { UnpackedFile } from './install-unpack';

export const DEFAULT_INSTALL_DIR = 'nexus_agents';
export const LOCKFILE = 'nexus-lock.json';
/** Written into each package folder last, so its presence means the folder is complete. */
const MARKER = '.nexus-install.json';

const ZInstalled = z.object({ version: z.string(), integrity: z.string() });
export type TInstalled = z.infer<typeof ZInstalled>;

const ZLockEntry = ZInstalled.extend({ dependencies: z.record(z.string(), z.string()) });
export type TLockEntry = z.infer<typeof ZLockEntry>;

export const ZLockfile = z.object({
  lockfileVersion: z.literal(1),
  /** `name@version` that was asked for. */
  root: z.string(),
  packages: z.record(z.string(), ZLockEntry),
});
export type TLockfile = z.infer<typeof ZLockfile>;

/** `name` is a validated scoped name, so this never leaves `dir`. */
export const packageDir = (dir: string, name: string): string => join(dir, ...name.split('/'));

async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The lockfile, or null when there is none or it is not one this CLI wrote (it is then rewritten). */
export const readLockfile = (dir: string): Promise<TLockfile | null> => readJson(join(dir, LOCKFILE), ZLockfile);

/** What is really in a package folder, by its marker. */
export const readInstalled = (dir: string, name: string): Promise<TInstalled | null> => readJson(join(packageDir(dir, name), MARKER), ZInstalled);

/** Written beside and renamed over, so a crash never leaves half a lockfile. */
export async function writeLockfile(dir: string, lock: TLockfile): Promise<void> {
  const sorted = { ...lock, packages: Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b))) };
  const tmp = join(dir, `.${LOCKFILE}.${randomBytes(4).toString('hex')}`);
  await writeFile(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
  await rename(tmp, join(dir, LOCKFILE));
}

/**
 * Writes the files to a staging folder inside `dir`, then swaps it in for the package folder,
 * so a package is either fully installed (marker included) or left as it was.
 */
export async function writePackage(dir: string, name: string, installed: TInstalled, files: readonly UnpackedFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const staging = resolve(dir, `.staging-${randomBytes(6).toString('hex')}`);
  try {
    for (const file of files) {
      const target = resolve(staging, file.path);
      // Paths were checked when unpacking; this re-checks the one thing that matters, where the bytes land.
      if (!target.startsWith(staging + sep)) throw new Error(`refusing to write outside the package folder: ${JSON.stringify(file.path)}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.data, { mode: file.executable ? 0o755 : 0o644 });
    }
    await writeFile(join(staging, MARKER), `${JSON.stringify(installed)}\n`);
    const target = packageDir(dir, name);
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Removes a package folder, and its scope folder when that is left empty. */
export async function removePackage(dir: string, name: string): Promise<void> {
  const target = packageDir(dir, name);
  await rm(target, { recursive: true, force: true });
  await rmdir(dirname(target)).catch(() => undefined);
}
