// `nexus publish [dir]`: packs, uploads with progress on stderr, and prints the registry's pipeline report.
import { resolve } from 'node:path';
import { formatBytes, packAgent } from '../pack';
import { type CliIo, EXIT_FAILED, EXIT_OK } from './cli-io';
import { type CliCommand, REGISTRY_DETAILS, REGISTRY_OPTIONS, registryTarget } from './command';
import { printPacked } from './command-pack';
import { graphqlData, printPayloadErrors } from './print-problems';
import { printReport, stepFailed } from './print-report';
import { createRegistryClient } from './registry-client';

export const publishCommand: CliCommand = {
  name: 'publish',
  usage: 'nexus publish [dir]',
  summary: 'Pack and upload the agent; prints the registry pipeline report (exit 1 if it rejects the version)',
  options: REGISTRY_OPTIONS,
  details: REGISTRY_DETAILS,
  async run({ positionals, values }, io) {
    const target = registryTarget(values, io, true);
    const packed = await packAgent(resolve(io.cwd, positionals[0] ?? '.'));
    printPacked(io, packed);
    io.out(`publishing to ${target.url}`);

    const client = createRegistryClient({ ...target, onUploadProgress: uploadProgress(io) });
    const data = graphqlData(io, await client.publish(packed.tarball));
    if (!data) return EXIT_FAILED;
    const { version, errors } = data.publishAgentVersion;
    printPayloadErrors(io, errors);
    if (!version) {
      if (errors.length === 0) io.err('error: the registry returned no version and no reason');
      return EXIT_FAILED;
    }
    io.out(`${version.name}@${version.version}: ${version.status}`);
    io.out(`integrity: ${version.integrity}`);
    if (version.integrity !== packed.integrity) io.err(`warning: the registry computed integrity ${version.integrity}, not ${packed.integrity}`);
    const steps = version.report?.steps ?? [];
    printReport(io, steps);
    const rejected = /reject|fail/i.test(version.status) || steps.some(stepFailed);
    return rejected || errors.length ? EXIT_FAILED : EXIT_OK;
  },
};

/** Progress as "upload  40%  1.2 MB / 3.0 MB", at most once per 10% so logs stay short off a terminal. */
function uploadProgress(io: CliIo): (sent: number, total: number) => void {
  let lastStep = -1;
  return (sent, total) => {
    const percent = Math.floor((sent / total) * 100);
    const step = Math.floor(percent / 10);
    if (step === lastStep && sent < total) return;
    lastStep = step;
    io.progress(`upload ${String(percent).padStart(3)}%  ${formatBytes(sent)} / ${formatBytes(total)}`, sent === total);
  };
}
