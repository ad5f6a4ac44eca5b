// `nexus install <name>[@range|@tag]`: resolves the dependency tree, downloads each package, verifies and unpacks it, and writes nexus-lock.json.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { ZScopedName } from '../manifest-fields';
import { formatBytes } from '../pack';
import { type CliIo, EXIT_FAILED, EXIT_OK } from './cli-io';
import { type CliCommand, positional, REGISTRY_DETAILS, REGISTRY_OPTIONS, registryTarget, splitNameSpec, stringOption } from './command';
import { DEFAULT_INSTALL_DIR, LOCKFILE, readInstalled, readLockfile, removePackage, writeLockfile, writePackage, type TLockEntry, type TLockfile } from './install-layout';
import { planInstall, type PlannedPackage } from './install-plan';
import { unpackPackage, type UnpackedFile } from './install-unpack';
import { graphqlData, printGraphqlErrors } from './print-problems';
import { createRegistryClient, type RegistryClient } from './registry-client';

export const installCommand: CliCommand = {
  name: 'install',
  usage: 'nexus install <name>[@range|@tag] [--dir nexus_agents]',
  summary: 'Install an agent and its dependencies into a folder, verified against their integrity, with nexus-lock.json',
  options: { ...REGISTRY_OPTIONS, dir: { type: 'string' } },
  details: [
    `--dir <path>       where packages go, as <dir>/@scope/name/ (default: ${DEFAULT_INSTALL_DIR})`,
    ...REGISTRY_DETAILS,
    `Re-running skips packages whose installed integrity matches ${LOCKFILE}; packages it no longer needs are removed.`,
  ],
  async run({ positionals, values }, io) {
    const { name, spec } = splitNameSpec(positional(positionals, 0, '<name>[@range|@tag]'), 'install');
    const dir = resolve(io.cwd, stringOption(values, 'dir') ?? DEFAULT_INSTALL_DIR);
    const client = createRegistryClient(registryTarget(values, io, false));

    const data = graphqlData(io, await client.resolve(name, spec));
    if (!data) return EXIT_FAILED;
    const plan = planInstall(name, data.resolveDependencies);
    if (!plan.ok) {
      io.err(`error: cannot install ${name}${spec ? `@${spec}` : ''}:`);
      for (const p of plan.problems) io.err(`  ${p}`);
      return EXIT_FAILED;
    }
    for (const w of plan.warnings) io.err(`warning: ${w}`);

    const previous = await readLockfile(dir);
    const locked: TLockfile = { lockfileVersion: 1, root: plan.root, packages: {} };
    let fetched = 0;
    for (const [i, pkg] of plan.packages.entries()) {
      const step = `[${i + 1}/${plan.packages.length}] ${pkg.id}`;
      const before = previous?.packages[pkg.name];
      const installed = await readInstalled(dir, pkg.name);
      if (before?.version === pkg.version && installed?.version === pkg.version && installed.integrity === before.integrity) {
        locked.packages[pkg.name] = { ...before, dependencies: pkg.dependencies };
        io.progress(`${step}  up to date`, true);
        continue;
      }
      io.progress(`${step}  downloading`, false);
      const got = await download(io, client, pkg, before);
      if (!got) return EXIT_FAILED;
      await writePackage(dir, pkg.name, { version: pkg.version, integrity: got.integrity }, got.files);
      locked.packages[pkg.name] = { version: pkg.version, integrity: got.integrity, dependencies: pkg.dependencies };
      fetched += 1;
      io.progress(`${step}  installed  ${formatBytes(got.sizeBytes)}  ${got.files.length} files`, true);
    }

    // Only what an earlier install put there is removed; other folders in `dir` are not ours.
    for (const [old, entry] of Object.entries(previous?.packages ?? {})) {
      if (locked.packages[old] || !ZScopedName.safeParse(old).success) continue;
      await removePackage(dir, old);
      io.out(`removed ${old}@${entry.version} (no longer needed)`);
    }
    await writeLockfile(dir, locked);
    const upToDate = plan.packages.length - fetched;
    io.out(`installed ${plan.root} into ${dir}: ${plan.packages.length} package(s), ${fetched} downloaded, ${upToDate} up to date`);
    return EXIT_OK;
  },
};

const integrityOf = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** Downloads one package and checks it three ways: what was asked for, its sha512, and what is safe to unpack. Prints why when it refuses. */
async function download(io: CliIo, client: RegistryClient, pkg: PlannedPackage, locked: TLockEntry | undefined): Promise<{ integrity: string; sizeBytes: number; files: UnpackedFile[] } | null> {
  const refuse = (why: string, details: string[] = []) => {
    io.err(`error: ${pkg.id}: ${why}; nothing was written for it`);
    for (const d of details) io.err(`  ${d}`);
    return null;
  };
  const result = await client.tarball(pkg.name, pkg.version);
  if (!result.ok) {
    printGraphqlErrors(io, result.errors);
    return refuse('the download failed');
  }
  const t = result.data.agentTarball;
  if (!t) return refuse('the registry has no such published version');
  if (t.name !== pkg.name || t.version !== pkg.version) return refuse(`the registry sent ${t.name}@${t.version} instead`);
  if (!t.integrity.startsWith('sha512-')) return refuse(`unsupported integrity ${JSON.stringify(t.integrity)} (only sha512 is accepted)`);
  const bytes = Buffer.from(t.tarball, 'base64');
  const actual = integrityOf(bytes);
  if (actual !== t.integrity) return refuse('integrity check failed', [`expected ${t.integrity}`, `received ${actual}`]);
  // A published version is immutable: different bytes under a locked version mean something is wrong upstream.
  if (locked?.version === pkg.version && locked.integrity !== actual) {
    return refuse(`integrity differs from ${LOCKFILE}`, [`locked   ${locked.integrity}`, `received ${actual}`]);
  }
  const unpacked = await unpackPackage(bytes);
  if (!unpacked.ok) return refuse('the package is unsafe to unpack', unpacked.problems);
  return { integrity: actual, sizeBytes: bytes.length, files: unpacked.files };
}
