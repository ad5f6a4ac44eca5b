// `nexus init [dir] --name @scope/name`: scaffolds a runnable agent that validates, packs and tests as is.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { MANIFEST_FILE } from '../manifest';
import { ZScopedName } from '../manifest-fields';
import { EXIT_OK, UsageError } from './cli-io';
import { type CliCommand, stringOption } from './command';
import {
  SCAFFOLD_INDEX_JS,
  SCAFFOLD_NEXUSIGNORE,
  SCAFFOLD_PACKAGE_JSON,
  SCAFFOLD_TEST_JS,
  scaffoldManifest,
  scaffoldReadme,
} from './scaffold-files';

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'nexus init [dir] --name @scope/name [--force]',
  summary: 'Create a runnable example agent (word statistics) with manifest, README and tests',
  options: { name: { type: 'string' }, force: { type: 'boolean' } },
  details: ['--name <@scope/name>   the agent\'s registry name', '--force                overwrite files that already exist'],
  async run({ positionals, values }, io) {
    const name = stringOption(values, 'name');
    if (!name) throw new UsageError('--name @scope/name is required');
    const parsed = ZScopedName.safeParse(name);
    if (!parsed.success) throw new UsageError(`--name ${parsed.error.issues[0]?.message ?? 'is invalid'}`);

    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const files: Record<string, string> = {
      [MANIFEST_FILE]: `${JSON.stringify(scaffoldManifest(name), null, 2)}\n`,
      'index.js': SCAFFOLD_INDEX_JS,
      'index.test.js': SCAFFOLD_TEST_JS,
      'README.md': scaffoldReadme(name),
      'package.json': SCAFFOLD_PACKAGE_JSON,
      '.nexusignore': SCAFFOLD_NEXUSIGNORE,
    };
    const existing = Object.keys(files).filter((f) => existsSync(join(dir, f)));
    if (existing.length && values.force !== true) {
      throw new DomainError(ErrorCode.CONFLICT, `${dir} already has ${existing.join(', ')}; use --force to overwrite`);
    }
    await mkdir(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);

    const shown = relative(io.cwd, dir) || '.';
    io.out(`created ${name} in ${shown}:`);
    for (const file of Object.keys(files)) io.out(`  ${file}`);
    io.out(`next: ${shown === '.' ? '' : `cd ${shown} && `}node --test && nexus validate && nexus pack`);
    return EXIT_OK;
  },
};
