// The registry's GraphQL operations, written against the gateway contract; the server implements the other side.

export const PUBLISH_MUTATION = /* GraphQL */ `
mutation Publish($input: PublishAgentVersionInput!) { publishAgentVersion(input: $input) {
  version { name version status integrity report { steps { name status durationMs summary findings { severity code message file line } } } }
  errors { code message field } } }`;

export const INFO_QUERY = /* GraphQL */ `
query Info($name: String!) { agent(name: $name) { name displayName description latestVersion
  distTags { tag version } versions(first: 50) { edges { node { version status deprecated publishedAt } } } } }`;

export const DEPRECATE_MUTATION = /* GraphQL */ `
mutation Deprecate($name: String!, $range: String!, $message: String!) { deprecateAgentVersions(name: $name, range: $range, message: $message) { count errors { code message field } } }`;

export const DIST_TAG_MUTATION = /* GraphQL */ `
mutation DistTag($name: String!, $tag: String!, $version: String!) { setDistTag(name: $name, tag: $tag, version: $version) { distTags { tag version } errors { code message field } } }`;

export const RESOLVE_QUERY = /* GraphQL */ `
query Resolve($name: String!, $range: String) { resolveDependencies(name: $name, range: $range) {
  ok packages { name version dependencies deprecated } installOrder warnings conflicts cycles missing } }`;

export const TARBALL_QUERY = /* GraphQL */ `
query Tarball($name: String!, $version: String!) { agentTarball(name: $name, version: $version) { name version integrity sizeBytes tarball } }`;

export interface PayloadError {
  code: string;
  message: string;
  field: string | null;
}

export interface ReportFinding {
  severity: string;
  code: string;
  message: string;
  file: string | null;
  line: number | null;
}

export interface ReportStep {
  name: string;
  status: string;
  durationMs: number | null;
  summary: string | null;
  findings: ReportFinding[];
}

export interface PublishData {
  publishAgentVersion: {
    version: { name: string; version: string; status: string; integrity: string; report: { steps: ReportStep[] } | null } | null;
    errors: PayloadError[];
  };
}

export interface DistTag {
  tag: string;
  version: string;
}

export interface InfoData {
  agent: {
    name: string;
    displayName: string | null;
    description: string | null;
    latestVersion: string | null;
    distTags: DistTag[];
    // `deprecated` is the deprecation message (or a flag); null or false when the version is current.
    versions: { edges: { node: { version: string; status: string; deprecated: string | boolean | null; publishedAt: string | null } }[] };
  } | null;
}

export interface DeprecateData {
  deprecateAgentVersions: { count: number; errors: PayloadError[] };
}

export interface DistTagData {
  setDistTag: { distTags: DistTag[] | null; errors: PayloadError[] };
}

export interface ResolvedPackage {
  name: string;
  version: string;
  /** `name@version` of each dependency chosen for it. */
  dependencies: string[];
  deprecated: string | null;
}

export interface ResolveData {
  resolveDependencies: {
    ok: boolean;
    packages: ResolvedPackage[];
    /** `name@version`, dependencies before dependents. */
    installOrder: string[];
    warnings: string[];
    conflicts: string[];
    cycles: string[][];
    missing: string[];
  };
}

export interface TarballData {
  agentTarball: { name: string; version: string; integrity: string; sizeBytes: number; tarball: string } | null;
}
