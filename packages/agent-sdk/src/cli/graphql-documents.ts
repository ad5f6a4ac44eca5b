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
