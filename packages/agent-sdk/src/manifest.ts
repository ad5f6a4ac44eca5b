// The agent manifest, nexus-agent.json: what an agent is, what it may touch, and how it is benchmarked.
import { z } from 'zod';
import { checkManifestAcrossFields } from './manifest-cross-checks';
import {
  packagePath,
  ZHostPattern,
  ZHttpUrl,
  ZJsonSchemaObject,
  ZLicense,
  ZMimeType,
  ZScopedName,
  ZSecretName,
  ZSemver,
  ZSemverRange,
} from './manifest-fields';

export const MANIFEST_FILE = 'nexus-agent.json';

const ZKeyword = z.string().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'must be lower-case letters, digits and -, at most 50 characters');

/** One skill, shaped like an A2A Agent Card `AgentSkill` so the card can be generated from the manifest. */
export const ZAgentSkill = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be lower-case letters, digits, . _ - (at most 100)'),
  name: z.string().min(1).max(100),
  description: z.string().min(1).max(1000),
  tags: z.array(ZKeyword).max(20),
  examples: z.array(z.string().min(1).max(1000)).max(20).optional(),
  inputModes: z.array(ZMimeType).min(1).optional().describe('MIME types the skill accepts; A2A defaults apply when absent'),
  outputModes: z.array(ZMimeType).min(1).optional().describe('MIME types the skill produces'),
});

export const ZAgentConstraints = z.strictObject({
  timeoutMs: z.int().min(1).max(60_000).default(5000),
  memoryMb: z.int().min(8).max(512).default(64),
  maxOutputBytes: z.int().min(1).max(10 * 1024 * 1024).default(1024 * 1024),
});

export const ZAgentPermissions = z.strictObject({
  hosts: z.array(ZHostPattern).max(50).default([]),
  secrets: z.array(ZSecretName).max(50).default([]),
});

// One registered instance, so the JSON Schema defines "any JSON value" once instead of per use.
const ZJsonValue = z.json().meta({ id: 'AgentJsonValue', description: 'Any JSON value' });

export const ZBenchmarkCase = z.strictObject({
  name: z.string().min(1).max(100),
  input: ZJsonValue,
  expected: ZJsonValue.optional().describe('Output the agent must return (deep equality)'),
  expectedSchema: ZJsonSchemaObject.optional().describe('JSON Schema the output must satisfy'),
});

export const ZAgentBenchmark = z.strictObject({
  cases: z.array(ZBenchmarkCase).min(1).max(100),
  runs: z.int().min(1).max(100).default(5),
  warmup: z.int().min(0).max(20).default(1),
});

export const ZAgentProtocol = z.enum(['nexus', 'openai', 'langchain', 'autogen', 'a2a', 'mcp']);

export const ZAgentManifest = z
  .strictObject({
    $schema: z.string().optional().describe('Editor hint, e.g. a path to nexus-agent.schema.json; ignored'),
    name: ZScopedName,
    version: ZSemver,
    displayName: z.string().trim().min(1).max(100),
    description: z.string().min(1).max(500),
    readme: packagePath(/\.(md|markdown)$/i, 'must be a markdown file (.md)').default('README.md'),
    license: ZLicense,
    kind: z.enum(['code', 'model']),
    keywords: z.array(ZKeyword).max(20).default([]),
    homepage: ZHttpUrl.optional(),
    repository: ZHttpUrl.optional(),
    skills: z.array(ZAgentSkill).min(1, 'must list at least one skill').max(50),
    inputSchema: ZJsonSchemaObject,
    outputSchema: ZJsonSchemaObject,
    // prefault, not default: an omitted block is parsed as {} so its own defaults fill in.
    constraints: ZAgentConstraints.prefault({}),
    dependencies: z.record(ZScopedName, ZSemverRange).default({}),
    permissions: ZAgentPermissions.prefault({}),
    benchmark: ZAgentBenchmark.optional().describe('Required for kind "code"'),
    protocol: ZAgentProtocol.default('nexus'),
    entry: packagePath(/\.m?js$/, 'must be a .js or .mjs file').default('index.js'),
  })
  .superRefine(checkManifestAcrossFields);

export type TAgentManifest = z.output<typeof ZAgentManifest>;
/** The manifest as written in the file, before defaults. */
export type TAgentManifestInput = z.input<typeof ZAgentManifest>;
export type TAgentSkill = z.output<typeof ZAgentSkill>;
