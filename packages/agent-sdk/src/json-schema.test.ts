import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { scaffoldManifest } from './cli/scaffold-files';
import { manifestJsonSchema, manifestJsonSchemaText } from './json-schema';

const checkedIn = fileURLToPath(new URL('../nexus-agent.schema.json', import.meta.url));

describe('nexus-agent.schema.json', () => {
  it('matches ZAgentManifest', () => {
    const regenerate = 'nexus-agent.schema.json is out of date with ZAgentManifest; run: npx tsx packages/agent-sdk/src/cli/write-schema.ts';
    expect(readFileSync(checkedIn, 'utf8'), regenerate).toBe(manifestJsonSchemaText());
  });

  it('accepts the scaffold manifest and rejects unknown fields, for editors and non-TypeScript tools', () => {
    const validate = new Ajv({ allErrors: true }).compile(manifestJsonSchema());
    expect(validate(scaffoldManifest('@acme/word-stats')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...scaffoldManifest('@acme/word-stats'), author: 'me' })).toBe(false);
    expect(validate({ ...scaffoldManifest('@acme/word-stats'), name: 'NoScope' })).toBe(false);
  });
});
