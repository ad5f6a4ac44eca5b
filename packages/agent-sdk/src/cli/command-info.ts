// `nexus info <name>[@version]`: what the registry knows about an agent, or one of its versions.
import { EXIT_FAILED, EXIT_OK } from './cli-io';
import { type CliCommand, positional, REGISTRY_DETAILS, REGISTRY_OPTIONS, registryTarget, splitNameSpec } from './command';
import { graphqlData } from './print-problems';
import { createRegistryClient } from './registry-client';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'nexus info <name>[@version]',
  summary: 'Show an agent\'s description, dist-tags and versions (or one version)',
  options: REGISTRY_OPTIONS,
  details: REGISTRY_DETAILS,
  async run({ positionals, values }, io) {
    const { name, spec } = splitNameSpec(positional(positionals, 0, '<name>'), 'info');
    const data = graphqlData(io, await createRegistryClient(registryTarget(values, io, false)).info(name));
    if (!data) return EXIT_FAILED;
    const agent = data.agent;
    if (!agent) {
      io.err(`error: ${name} is not in the registry`);
      return EXIT_FAILED;
    }
    const versions = agent.versions.edges.map((e) => e.node);
    // A dist-tag names a version too: `nexus info @acme/x@beta`.
    const wanted = spec === undefined ? undefined : (agent.distTags.find((t) => t.tag === spec)?.version ?? spec);
    const shown = wanted === undefined ? versions : versions.filter((v) => v.version === wanted);
    if (wanted !== undefined && shown.length === 0) {
      io.err(`error: ${name} has no version ${spec} (among its latest ${versions.length})`);
      return EXIT_FAILED;
    }

    io.out(`${agent.name}${agent.displayName ? ` — ${agent.displayName}` : ''}`);
    if (agent.description) io.out(agent.description);
    io.out(`latest: ${agent.latestVersion ?? '(none)'}`);
    if (agent.distTags.length) io.out(`dist-tags: ${agent.distTags.map((t) => `${t.tag}: ${t.version}`).join(', ')}`);
    io.out(wanted === undefined ? 'versions:' : 'version:');
    const width = Math.max(...shown.map((v) => v.version.length));
    for (const v of shown) {
      const deprecated = v.deprecated ? `  deprecated${typeof v.deprecated === 'string' ? `: ${v.deprecated}` : ''}` : '';
      io.out(`  ${v.version.padEnd(width)}  ${v.status}  ${v.publishedAt ?? ''}${deprecated}`.trimEnd());
    }
    return EXIT_OK;
  },
};
