// The manual trigger's `inputSchema`: a JSON Schema the input of a run started by a person or a program must match.
// Checked when the graph is compiled (is it a schema at all?) and when a run starts (does the input match?).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { pointerSegments } from './node-type';
import type { TWorkflowGraph } from './workflow-graph';

// User schemas are not ours to police: unknown keywords (x-…, examples in odd places) are ignored, not refused.
const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ValidateFunction>();
/** Distinct schemas kept compiled; the oldest is dropped beyond this. */
const CACHE_SIZE = 200;

function validatorFor(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  return validate;
}

/** Null when `schema` is a usable JSON Schema, else why not (ajv's words). */
export function inputSchemaProblem(schema: unknown): string | null {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'must be a JSON Schema object';
  try {
    validatorFor(schema);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `input.customer.email must match format "email"` from ajv's pointer and message. */
export function describeInputError(e: ErrorObject): string {
  const path = `input${pointerSegments(e.instancePath).map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg}`)).join('')}`;
  if (e.keyword === 'required') return `${path} needs "${(e.params as { missingProperty: string }).missingProperty}"`;
  if (e.keyword === 'additionalProperties') return `${path} has "${(e.params as { additionalProperty: string }).additionalProperty}", which the trigger does not take`;
  return `${path} ${e.message ?? 'is not valid'}`;
}

/**
 * What is wrong with `input` for each manual trigger of `graph` that declares an input schema ([] when it matches all).
 * A run started by hand or by the API fires every manual trigger, so each one's schema must hold.
 */
export function runInputProblems(graph: TWorkflowGraph, input: unknown): { nodeId: string; problems: string[] }[] {
  const out: { nodeId: string; problems: string[] }[] = [];
  for (const node of graph.nodes) {
    const schema = (node.config as { inputSchema?: unknown } | undefined)?.inputSchema;
    if (node.type !== 'manual' || typeof schema !== 'object' || schema === null) continue;
    const validate = validatorFor(schema);
    if (!validate(input)) out.push({ nodeId: node.id, problems: (validate.errors ?? []).slice(0, 10).map(describeInputError) });
  }
  return out;
}
