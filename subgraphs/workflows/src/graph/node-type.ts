// What a node type declares (ports, config schema) and the registry the compiler and the builder UI read it from.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '@nexus/workflow-model/schema-compat';

export type { JsonSchema };

export interface PortSpec {
  name: string;
  schema: JsonSchema;
  /** An input that must have an incoming edge for the node to run. */
  required?: boolean;
  /** An input that may take more than one incoming edge (merge). */
  multiple?: boolean;
}

export interface ConfigIssue { field: string; message: string }

export interface NodeTypeDefinition {
  type: string;
  category: 'trigger' | 'step';
  title: string;
  description: string;
  inputs: PortSpec[];
  outputs: PortSpec[];
  /** JSON Schema (draft-07) of the node's config; ajv validates with it and the UI draws its form from it. */
  configSchema: JsonSchema;
  /** Checks a schema cannot express (cron syntax, JSONata syntax); runs only on schema-valid config. */
  validateConfig?: (config: Record<string, unknown>) => ConfigIssue[];
  /** Ports that depend on config (switch cases); runs only on valid config and replaces the static lists. */
  resolvePorts?: (config: Record<string, unknown>) => { inputs?: PortSpec[]; outputs?: PortSpec[] };
}

export const ERROR_PORT = 'error';

/** The error branch: every step may route its failure to a handler instead of failing the run. */
export const ERROR_PORT_SPEC: PortSpec = {
  name: ERROR_PORT,
  schema: { type: 'object', properties: { message: { type: 'string' }, code: { type: 'string' } }, required: ['message'] },
};

interface Entry { definition: NodeTypeDefinition; validate: ValidateFunction; policyKeys: string[] }

/**
 * Settings every step takes besides its own (read by engine/node-policy.ts): a timeout per attempt, retries with
 * backoff and a retry condition, and what a failure does. Validated apart from the type's own schema.
 */
export const STEP_POLICY_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    timeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    retry: {
      type: 'object',
      properties: {
        max: { type: 'integer', minimum: 0, maximum: 10 },
        backoff: { type: 'string', enum: ['fixed', 'exponential'] },
        delayMs: { type: 'integer', minimum: 0, maximum: 3_600_000 },
        maxDelayMs: { type: 'integer', minimum: 0, maximum: 3_600_000 },
        when: { type: 'string', enum: ['empty-output', 'invalid-json'] },
      },
      required: ['max'],
      additionalProperties: false,
    },
    onError: {
      type: 'object',
      properties: { mode: { type: 'string', enum: ['stop', 'continue', 'error-branch', 'default'] }, value: {} },
      required: ['mode'],
      additionalProperties: false,
    },
  },
};
const POLICY_KEYS = Object.keys(STEP_POLICY_SCHEMA.properties as object);

/** Extension point: later work (protocol-translate, quality-gate) calls `register` with its own definitions. */
export class NodeTypeRegistry {
  // strict mode refuses unknown keywords, so a typo in a config schema fails at registration, not in the form;
  // strictRequired is off because "exactly one of" (wait) is written as oneOf branches that only name `required`.
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  private readonly entries = new Map<string, Entry>();
  private readonly validatePolicy = this.ajv.compile(STEP_POLICY_SCHEMA);

  register(definition: NodeTypeDefinition): void {
    if (this.entries.has(definition.type)) {
      throw new Error(`node type "${definition.type}" is already registered`);
    }
    const withErrorPort = definition.category === 'step' ? ensureErrorPort(definition) : definition;
    const validate = this.ajv.compile(withErrorPort.configSchema);
    // Policy settings a type does not declare itself are taken off before its own schema sees the config.
    const own = Object.keys((definition.configSchema.properties ?? {}) as object);
    const policyKeys = definition.category === 'step' ? POLICY_KEYS.filter((k) => !own.includes(k)) : [];
    this.entries.set(definition.type, { definition: withErrorPort, validate, policyKeys });
  }

  get(type: string): NodeTypeDefinition | undefined {
    return this.entries.get(type)?.definition;
  }

  list(): NodeTypeDefinition[] {
    return [...this.entries.values()].map((e) => e.definition).sort((a, b) => a.type.localeCompare(b.type));
  }

  /** Schema errors first; the definition's own checks only when the shape is right (they assume it). */
  validateConfig(type: string, config: Record<string, unknown>): ConfigIssue[] {
    const entry = this.entries.get(type);
    if (!entry) throw new Error(`unknown node type "${type}"`);
    const own: Record<string, unknown> = {};
    const policy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) (entry.policyKeys.includes(key) ? policy : own)[key] = value;
    const policyIssues = this.validatePolicy(policy) ? [] : (this.validatePolicy.errors ?? []).map(toIssue);
    if (!entry.validate(own)) return [...(entry.validate.errors ?? []).map(toIssue), ...policyIssues];
    return [...(entry.definition.validateConfig?.(own) ?? []), ...policyIssues];
  }

  /** Ports for one node: the static lists, or the config-dependent ones when the config is valid. */
  portsFor(type: string, config: Record<string, unknown>, configValid: boolean): { inputs: PortSpec[]; outputs: PortSpec[] } {
    const definition = this.get(type);
    if (!definition) throw new Error(`unknown node type "${type}"`);
    const resolved = configValid && definition.resolvePorts ? definition.resolvePorts(config) : {};
    const outputs = resolved.outputs ?? definition.outputs;
    return {
      inputs: resolved.inputs ?? definition.inputs,
      outputs: definition.category === 'step' && !outputs.some((p) => p.name === ERROR_PORT) ? [...outputs, ERROR_PORT_SPEC] : outputs,
    };
  }
}

function ensureErrorPort(definition: NodeTypeDefinition): NodeTypeDefinition {
  if (definition.outputs.some((p) => p.name === ERROR_PORT)) return definition;
  return { ...definition, outputs: [...definition.outputs, ERROR_PORT_SPEC] };
}

/** ajv reports `/url` or a missing property on its parent; the builder wants `config.url` to pin on the form field. */
/** `/a/b~1c/0` → ['a', 'b/c', '0']: the segments of an ajv instance path (a JSON pointer). */
export function pointerSegments(instancePath: string): string[] {
  return instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toIssue(error: ErrorObject): ConfigIssue {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty) segments.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && params.additionalProperty) segments.push(params.additionalProperty);
  const field = ['config', ...segments].join('.');
  const message = error.keyword === 'additionalProperties' ? 'is not a known setting'
    : error.keyword === 'required' ? 'is required'
      : error.message ?? 'is invalid';
  return { field, message: `${field} ${message}` };
}
