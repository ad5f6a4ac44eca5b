// `nexus deprecate <name>@<range> <message>`: marks matching versions deprecated (an empty message lifts it).
import semver from 'semver';
import { EXIT_FAILED, EXIT_OK, UsageError } from './cli-io';
import { type CliCommand, positional, REGISTRY_DETAILS, REGISTRY_OPTIONS, registryTarget, splitNameSpec } from './command';
import { graphqlData, printPayloadErrors } from './print-problems';
import { createRegistryClient } from './registry-client';

export const deprecateCommand: CliCommand = {
  name: 'deprecate',
  usage: 'nexus deprecate <name>@<range> <message>',
  summary: 'Deprecate the versions in a semver range with a message ("" un-deprecates)',
  options: REGISTRY_OPTIONS,
  details: REGISTRY_DETAILS,
  async run({ positionals, values }, io) {
    const { name, spec: range } = splitNameSpec(positional(positionals, 0, '<name>@<range>'), 'deprecate');
    if (range === undefined || semver.validRange(range) === null) throw new UsageError(`give a valid semver range after the name, like ${name}@"<1.2.0"`);
    const message = positional(positionals, 1, '<message> (use "" to un-deprecate)');
    const data = graphqlData(io, await createRegistryClient(registryTarget(values, io, true)).deprecate(name, range, message));
    if (!data) return EXIT_FAILED;
    const { count, errors } = data.deprecateAgentVersions;
    printPayloadErrors(io, errors);
    if (errors.length) return EXIT_FAILED;
    io.out(`${message ? 'deprecated' : 'un-deprecated'} ${count} version(s) of ${name} matching ${range}`);
    return EXIT_OK;
  },
};
