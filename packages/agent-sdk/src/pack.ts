// `packAgent(dir)`: validates an agent folder and packs it into a deterministic, npm-style tarball.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { collectPackageFiles } from './collect-files';
import { MANIFEST_FILE, type TAgentManifest } from './manifest';
import { createTarGz } from './tar-gz';
import { validateManifest } from './validate-manifest';

/** Largest tarball (compressed, as uploaded) the registry takes. */
export const MAX_TARBALL_BYTES = 10 * 1024 * 1024;

export interface PackedAgent {
  tarball: Buffer;
  /** `sha512-<base64>`, the same form as npm's `dist.integrity`. */
  integrity: string;
  /** Packed files, paths relative to the package root (inside the tarball they sit under `package/`). */
  files: { path: string; size: number }[];
  manifest: TAgentManifest;
}

export async function packAgent(dir: string): Promise<PackedAgent> {
  const manifest = await readManifest(dir);
  const files = await collectPackageFiles(dir, [MANIFEST_FILE, manifest.entry, manifest.readme]);
  const packed = new Set(files.map((f) => f.path));
  for (const [field, path] of [['entry', manifest.entry], ['readme', manifest.readme]] as const) {
    if (!packed.has(path)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} file ${path} does not exist in ${dir}`, { field });
  }

  // The tarball is held in memory anyway for the upload; agents are small by design.
  const withData = await Promise.all(files.map(async (f) => ({ ...f, data: await readFile(f.absolute) })));
  const tarball = createTarGz(withData.map((f) => ({ path: `package/${f.path}`, data: f.data, executable: f.executable })));
  if (tarball.length > MAX_TARBALL_BYTES) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `package is ${formatBytes(tarball.length)} packed; the limit is ${formatBytes(MAX_TARBALL_BYTES)} (list large files in .nexusignore)`);
  }
  return {
    tarball,
    integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
    files: withData.map((f) => ({ path: f.path, size: f.data.length })),
    manifest,
  };
}

/** Reads and validates nexus-agent.json; problems come back as DomainError field problems. */
export async function readManifest(dir: string): Promise<TAgentManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `no ${MANIFEST_FILE} in ${dir} (run nexus init to create one)`, { field: MANIFEST_FILE });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`, { field: MANIFEST_FILE });
  }
  const result = validateManifest(json);
  if (result.ok) return result.manifest;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `${MANIFEST_FILE} has ${result.problems.length} problem(s)`, {
    problems: result.problems.map((p) => ({ field: p.path, message: p.message })),
  });
}

/** npm's file name for a packed scoped package: `@acme/word-stats@1.0.0` → `acme-word-stats-1.0.0.tgz`. */
export const tarballFileName = (m: Pick<TAgentManifest, 'name' | 'version'>): string =>
  `${m.name.replace(/^@/, '').replace('/', '-')}-${m.version}.tgz`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
