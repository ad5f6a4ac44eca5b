// `nexus validate [dir]`: checks nexus-agent.json and lists every problem by field path.
import { resolve } from 'node:path';
import { readManifest } from '../pack';
import { EXIT_OK } from './cli-io';
import type { CliCommand } from './command';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'nexus validate [dir]',
  summary: 'Check nexus-agent.json; lists each problem with its field path',
  options: {},
  async run({ positionals }, io) {
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    // readManifest throws a DomainError with one problem per field; run-cli prints them and exits 1.
    const manifest = await readManifest(dir);
    io.out(`✓ ${manifest.name}@${manifest.version} is valid (${manifest.kind}, ${manifest.skills.length} skill(s), entry ${manifest.entry})`);
    return EXIT_OK;
  },
};
