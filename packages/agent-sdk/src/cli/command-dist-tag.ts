// `nexus dist-tag add <name>@<version> <tag>` and `nexus dist-tag ls <name>`.
import semver from 'semver';
import { type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from './cli-io';
import { type CliCommand, positional, REGISTRY_DETAILS, REGISTRY_OPTIONS, registryTarget, splitNameSpec, type TOptionValues } from './command';
import type { DistTag } from './graphql-documents';
import { graphqlData, printPayloadErrors } from './print-problems';
import { createRegistryClient } from './registry-client';

export const distTagCommand: CliCommand = {
  name: 'dist-tag',
  usage: 'nexus dist-tag add <name>@<version> <tag> | ls <name>',
  summary: 'Point a tag (latest, beta…) at a version, or list an agent\'s tags',
  options: REGISTRY_OPTIONS,
  details: REGISTRY_DETAILS,
  async run({ positionals, values }, io) {
    const sub = positional(positionals, 0, 'sub-command (add or ls)');
    if (sub === 'add') return add(positionals.slice(1), values, io);
    if (sub === 'ls' || sub === 'list') return list(positionals.slice(1), values, io);
    throw new UsageError(`unknown sub-command "${sub}" (use add or ls)`);
  },
};

async function add(args: string[], values: TOptionValues, io: CliIo): Promise<number> {
  const { name, spec: version } = splitNameSpec(positional(args, 0, '<name>@<version>'), 'dist-tag add');
  if (version === undefined || semver.valid(version) === null) throw new UsageError(`give an exact version after the name, like ${name}@1.2.0`);
  const tag = positional(args, 1, '<tag>');
  // A tag that parses as a range would be ambiguous in `name@spec` (npm refuses these too).
  if (!/^[a-z][a-z0-9._-]*$/i.test(tag) || semver.validRange(tag) !== null) throw new UsageError(`"${tag}" cannot be a tag: use a word like latest, beta or next`);
  const data = graphqlData(io, await createRegistryClient(registryTarget(values, io, true)).setDistTag(name, tag, version));
  if (!data) return EXIT_FAILED;
  const { distTags, errors } = data.setDistTag;
  printPayloadErrors(io, errors);
  if (errors.length) return EXIT_FAILED;
  io.out(`${tag}: ${name}@${version}`);
  printTags(io, distTags ?? []);
  return EXIT_OK;
}

async function list(args: string[], values: TOptionValues, io: CliIo): Promise<number> {
  const { name } = splitNameSpec(positional(args, 0, '<name>'), 'dist-tag ls');
  const data = graphqlData(io, await createRegistryClient(registryTarget(values, io, false)).info(name));
  if (!data) return EXIT_FAILED;
  if (!data.agent) {
    io.err(`error: ${name} is not in the registry`);
    return EXIT_FAILED;
  }
  printTags(io, data.agent.distTags);
  return EXIT_OK;
}

function printTags(io: CliIo, tags: readonly DistTag[]): void {
  for (const t of tags) io.out(`  ${t.tag}: ${t.version}`);
}
