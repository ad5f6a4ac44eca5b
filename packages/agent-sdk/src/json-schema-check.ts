// Compiles the JSON Schemas an agent declares (input, output, expected) and validates values against them.
import Ajv from 'ajv';

export type TSchemaCheck = { ok: true; validate: (value: unknown) => string | null } | { ok: false; message: string };

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

/**
 * ajv 6 (the one in the lockfile) speaks draft-07, which is also what the sandbox validates with;
 * a schema that names another draft is refused rather than half-understood.
 */
export function checkJsonSchema(schema: Record<string, unknown>): TSchemaCheck {
  const declared = schema.$schema;
  if (declared !== undefined && (typeof declared !== 'string' || !DRAFT_07.test(declared))) {
    return { ok: false, message: `uses $schema ${JSON.stringify(declared)}; only JSON Schema draft-07 is supported (omit $schema or use http://json-schema.org/draft-07/schema#)` };
  }
  // A fresh instance per schema: ajv caches by $id, and two agents' schemas may reuse one.
  const ajv = new Ajv({ allErrors: true });
  try {
    const compiled = ajv.compile(schema);
    return {
      ok: true,
      validate: (value) => (compiled(value) ? null : ajv.errorsText(compiled.errors, { dataVar: 'value' })),
    };
  } catch (error) {
    return { ok: false, message: `is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}` };
  }
}
