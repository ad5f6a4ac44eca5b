// `nexus pack [dir] [--out file]`: writes the tarball and prints what went in it.
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { formatBytes, type PackedAgent, packAgent, tarballFileName } from '../pack';
import { type CliIo, EXIT_OK } from './cli-io';
import { type CliCommand, stringOption } from './command';

export const packCommand: CliCommand = {
  name: 'pack',
  usage: 'nexus pack [dir] [--out file]',
  summary: 'Pack the agent into a deterministic .tgz and print its files, size and integrity',
  options: { out: { type: 'string', short: 'o' } },
  details: ['--out <file>   where to write the tarball (default: <scope>-<name>-<version>.tgz in the current folder)'],
  async run({ positionals, values }, io) {
    const packed = await packAgent(resolve(io.cwd, positionals[0] ?? '.'));
    const out = resolve(io.cwd, stringOption(values, 'out') ?? tarballFileName(packed.manifest));
    await writeFile(out, packed.tarball);
    printPacked(io, packed);
    io.out(`wrote ${relative(io.cwd, out) || out}`);
    return EXIT_OK;
  },
};

/** The npm-pack-like summary; publish prints it too, so users see what is uploaded. */
export function printPacked(io: CliIo, packed: PackedAgent): void {
  const { manifest, files } = packed;
  io.out(`${manifest.name}@${manifest.version}`);
  const width = Math.max(...files.map((f) => formatBytes(f.size).length));
  for (const f of files) io.out(`  ${formatBytes(f.size).padStart(width)}  ${f.path}`);
  const unpacked = files.reduce((sum, f) => sum + f.size, 0);
  io.out(`files:     ${files.length}`);
  io.out(`unpacked:  ${formatBytes(unpacked)}`);
  io.out(`packed:    ${formatBytes(packed.tarball.length)}`);
  io.out(`integrity: ${packed.integrity}`);
}
