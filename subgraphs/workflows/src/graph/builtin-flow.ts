// Control-flow node types: branch on a condition or a value, join branches, fan out over a list.
import { checkJsonata } from './jsonata-check';
import { ERROR_PORT, type NodeTypeDefinition, type PortSpec } from './node-type';

const ANY_IN: PortSpec = { name: 'in', schema: {}, required: true };
const EXPRESSION = { type: 'string', minLength: 1, maxLength: 20_000 };
const DEFAULT_PORT = 'default';

export const conditionStep: NodeTypeDefinition = {
  type: 'condition',
  category: 'step',
  title: 'Condition',
  description: 'Sends its input to `true` or `false` by a JSONata expression.',
  inputs: [ANY_IN],
  outputs: [{ name: 'true', schema: {} }, { name: 'false', schema: {} }],
  configSchema: { type: 'object', properties: { expression: EXPRESSION }, required: ['expression'], additionalProperties: false },
  validateConfig: (config) => checkJsonata(config.expression, 'config.expression'),
};

interface SwitchCase { port: string; value: unknown }

export const switchStep: NodeTypeDefinition = {
  type: 'switch',
  category: 'step',
  title: 'Switch',
  description: 'Sends its input to the case whose value equals the expression result, or to `default`.',
  inputs: [ANY_IN],
  outputs: [{ name: DEFAULT_PORT, schema: {} }],
  configSchema: {
    type: 'object',
    properties: {
      expression: EXPRESSION,
      cases: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        items: {
          type: 'object',
          properties: { port: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' }, value: {} },
          required: ['port', 'value'],
          additionalProperties: false,
        },
      },
    },
    required: ['expression', 'cases'],
    additionalProperties: false,
  },
  validateConfig: (config) => {
    const issues = checkJsonata(config.expression, 'config.expression');
    const seen = new Set<string>([DEFAULT_PORT, ERROR_PORT]);
    (config.cases as SwitchCase[]).forEach((c, i) => {
      // Case names become output ports, so they must not collide with each other or the fixed ports.
      if (seen.has(c.port)) issues.push({ field: `config.cases.${i}.port`, message: `config.cases.${i}.port "${c.port}" is already used` });
      seen.add(c.port);
    });
    return issues;
  },
  resolvePorts: (config) => ({
    outputs: [...(config.cases as SwitchCase[]).map((c) => ({ name: c.port, schema: {} })), { name: DEFAULT_PORT, schema: {} }],
  }),
};

export const mergeStep: NodeTypeDefinition = {
  type: 'merge',
  category: 'step',
  title: 'Merge',
  description: 'Joins branches: `all` waits for every incoming branch and passes a list, `any` passes the first to arrive.',
  inputs: [{ name: 'in', schema: {}, required: true, multiple: true }],
  outputs: [{ name: 'out', schema: {} }],
  configSchema: {
    type: 'object',
    properties: { mode: { type: 'string', enum: ['all', 'any'] } },
    required: ['mode'],
    additionalProperties: false,
  },
  resolvePorts: (config) => ({
    outputs: [{ name: 'out', schema: config.mode === 'all' ? { type: 'array' } : {} }],
  }),
};

export const mapStep: NodeTypeDefinition = {
  type: 'map',
  category: 'step',
  title: 'Map',
  description: 'Applies a JSONata expression to each item of a list, up to `concurrency` at a time, and passes on the results.',
  inputs: [{ name: 'in', schema: { type: 'array' }, required: true }],
  outputs: [{ name: 'out', schema: { type: 'array' } }],
  configSchema: {
    type: 'object',
    properties: { expression: EXPRESSION, concurrency: { type: 'integer', minimum: 1, maximum: 64 } },
    required: ['expression', 'concurrency'],
    additionalProperties: false,
  },
  validateConfig: (config) => checkJsonata(config.expression, 'config.expression'),
};

export const builtinFlow: NodeTypeDefinition[] = [conditionStep, switchStep, mergeStep, mapStep];
