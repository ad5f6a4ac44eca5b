// JSON Schema of nexus-agent.json for editors and other languages, generated from ZAgentManifest.
import { z } from 'zod';
import { ZAgentManifest } from './manifest';

export const MANIFEST_SCHEMA_ID = 'https://nexus-forge.dev/schemas/nexus-agent.schema.json';

/**
 * Draft-07 so the same ajv that checks agents' schemas can load it; `io: 'input'` describes the file
 * as written (fields with defaults are optional). Checks in code (semver, SPDX, ajv compile,
 * cross-field rules) have no JSON Schema form: validateManifest stays the authority.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(ZAgentManifest, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'Nexus agent manifest (nexus-agent.json)', ...schema };
}

/** The checked-in file's exact text, so the drift test and the writer agree byte for byte. */
export const manifestJsonSchemaText = (): string => `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
