// `npx tsx packages/agent-sdk/src/cli/write-schema.ts`: rewrites nexus-agent.schema.json from ZAgentManifest.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchemaText } from '../json-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../nexus-agent.schema.json', import.meta.url));

writeFileSync(SCHEMA_FILE, manifestJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
