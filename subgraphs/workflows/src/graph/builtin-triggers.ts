// Trigger node types: how a run starts. Metadata and config checks only; execution lives elsewhere.
import { CronExpressionParser } from 'cron-parser';
import type { ConfigIssue, NodeTypeDefinition } from './node-type';
import { inputSchemaProblem } from './run-input-schema';

const OBJECT = { type: 'object' };

export const manualTrigger: NodeTypeDefinition = {
  type: 'manual',
  category: 'trigger',
  title: 'Manual',
  description: 'Starts the workflow when a user presses Run or a program calls runWorkflow, with an input payload.',
  inputs: [],
  outputs: [{ name: 'out', schema: OBJECT }],
  configSchema: {
    type: 'object',
    properties: {
      inputSchema: {
        type: 'object',
        description: 'JSON Schema the run input must match; runs with other input are refused, and its properties become the fields of the Run form.',
      },
    },
    additionalProperties: false,
  },
  validateConfig: (config) => {
    if (config.inputSchema === undefined) return [];
    const problem = inputSchemaProblem(config.inputSchema);
    return problem ? [{ field: 'config.inputSchema', message: `config.inputSchema is not a usable JSON Schema: ${problem}` }] : [];
  },
  // Nodes after the trigger are type-checked against what the schema promises.
  resolvePorts: (config) => (config.inputSchema ? { outputs: [{ name: 'out', schema: { ...OBJECT, ...(config.inputSchema as Record<string, unknown>) } }] } : {}),
};

export const webhookTrigger: NodeTypeDefinition = {
  type: 'webhook',
  category: 'trigger',
  title: 'Webhook',
  description: 'Starts the workflow when an HTTP request arrives on its path.',
  inputs: [],
  outputs: [{
    name: 'out',
    schema: { type: 'object', properties: { body: {}, headers: { type: 'object' }, query: { type: 'object' } } },
  }],
  configSchema: {
    type: 'object',
    properties: {
      method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
      path: { type: 'string', pattern: '^/[A-Za-z0-9/_-]{0,200}$' },
      secret: { type: 'string', minLength: 16 },
    },
    required: ['method', 'path'],
    additionalProperties: false,
  },
};

export const scheduleTrigger: NodeTypeDefinition = {
  type: 'schedule',
  category: 'trigger',
  title: 'Schedule',
  description: 'Starts the workflow on a cron schedule.',
  inputs: [],
  outputs: [{ name: 'out', schema: { type: 'object', properties: { firedAt: { type: 'string' } } } }],
  configSchema: {
    type: 'object',
    properties: {
      cron: { type: 'string', minLength: 1, maxLength: 200 },
      timezone: { type: 'string', minLength: 1 },
    },
    required: ['cron'],
    additionalProperties: false,
  },
  validateConfig: (config) => {
    const issues: ConfigIssue[] = [];
    const tz = typeof config.timezone === 'string' ? config.timezone : undefined;
    // cron-parser accepts unknown zones silently, so the zone is checked against the runtime's own list.
    if (tz !== undefined && !isKnownTimeZone(tz)) issues.push({ field: 'config.timezone', message: `config.timezone "${tz}" is not a known IANA time zone` });
    try {
      CronExpressionParser.parse(String(config.cron));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ field: 'config.cron', message: `config.cron is not a valid cron schedule: ${message}` });
    }
    return issues;
  },
};

function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const builtinTriggers: NodeTypeDefinition[] = [manualTrigger, webhookTrigger, scheduleTrigger];
