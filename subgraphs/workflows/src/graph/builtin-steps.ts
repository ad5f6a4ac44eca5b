// Step node types that do work: call an agent, an HTTP API, a model, code or another workflow; reshape data; wait.
import { checkJsonata } from './jsonata-check';
import type { NodeTypeDefinition, PortSpec } from './node-type';

const ANY_IN: PortSpec = { name: 'in', schema: {}, required: true };
const ANY_OUT: PortSpec = { name: 'out', schema: {} };
const TIMEOUT_MS = { type: 'integer', minimum: 1, maximum: 3_600_000 };
const MAX_WAIT_MS = 30 * 24 * 3_600_000;

export const agentStep: NodeTypeDefinition = {
  type: 'agent',
  category: 'step',
  title: 'Agent',
  description: 'Runs an installed marketplace agent with the incoming data as its input.',
  inputs: [ANY_IN],
  outputs: [ANY_OUT],
  configSchema: {
    type: 'object',
    properties: {
      agentId: { type: 'string', minLength: 1, maxLength: 200 },
      version: { type: 'string', minLength: 1, maxLength: 64 },
      timeoutMs: TIMEOUT_MS,
    },
    required: ['agentId'],
    additionalProperties: false,
  },
};

export const httpRequestStep: NodeTypeDefinition = {
  type: 'http-request',
  category: 'step',
  title: 'HTTP request',
  description: 'Calls an HTTP API and passes on its status, headers and body.',
  inputs: [{ name: 'in', schema: {} }],
  outputs: [{
    name: 'out',
    schema: { type: 'object', properties: { status: { type: 'integer' }, headers: { type: 'object' }, body: {} } },
  }],
  configSchema: {
    type: 'object',
    properties: {
      url: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2048 },
      method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      body: {},
      timeoutMs: TIMEOUT_MS,
    },
    required: ['url', 'method'],
    additionalProperties: false,
  },
};

export const transformStep: NodeTypeDefinition = {
  type: 'transform',
  category: 'step',
  title: 'Transform',
  description: 'Reshapes the incoming data with a JSONata expression.',
  inputs: [ANY_IN],
  outputs: [ANY_OUT],
  configSchema: {
    type: 'object',
    properties: { expression: { type: 'string', minLength: 1, maxLength: 20_000 } },
    required: ['expression'],
    additionalProperties: false,
  },
  validateConfig: (config) => checkJsonata(config.expression, 'config.expression'),
};

export const waitStep: NodeTypeDefinition = {
  type: 'wait',
  category: 'step',
  title: 'Wait',
  description: 'Pauses the run for a duration or until a point in time, then passes its input on.',
  inputs: [ANY_IN],
  outputs: [ANY_OUT],
  configSchema: {
    type: 'object',
    properties: {
      durationMs: { type: 'integer', minimum: 1, maximum: MAX_WAIT_MS },
      until: { type: 'string', minLength: 1 },
    },
    // Exactly one of the two: a wait with both would have no single meaning.
    oneOf: [{ required: ['durationMs'] }, { required: ['until'] }],
    additionalProperties: false,
  },
  validateConfig: (config) =>
    typeof config.until === 'string' && Number.isNaN(Date.parse(config.until))
      ? [{ field: 'config.until', message: 'config.until must be an ISO-8601 date-time' }]
      : [],
};

export const codeStep: NodeTypeDefinition = {
  type: 'code',
  category: 'step',
  title: 'Code',
  description: 'Runs a short JavaScript function in the sandbox on the incoming data.',
  inputs: [ANY_IN],
  outputs: [ANY_OUT],
  configSchema: {
    type: 'object',
    properties: {
      language: { type: 'string', enum: ['javascript'] },
      source: { type: 'string', minLength: 1, maxLength: 100_000 },
      timeoutMs: TIMEOUT_MS,
    },
    required: ['language', 'source'],
    additionalProperties: false,
  },
};

export const subWorkflowStep: NodeTypeDefinition = {
  type: 'sub-workflow',
  category: 'step',
  title: 'Sub-workflow',
  description: 'Runs another workflow with the incoming data and, unless told not to wait, passes on its result.',
  inputs: [ANY_IN],
  outputs: [ANY_OUT],
  configSchema: {
    type: 'object',
    properties: {
      workflowId: { type: 'string', minLength: 1, maxLength: 200 },
      version: { type: 'integer', minimum: 1 },
      wait: { type: 'boolean' },
    },
    required: ['workflowId'],
    additionalProperties: false,
  },
};

export const llmChatStep: NodeTypeDefinition = {
  type: 'llm-chat',
  category: 'step',
  title: 'LLM chat',
  description: 'Sends a prompt (with the incoming data) to a language model and passes on its reply text.',
  inputs: [{ name: 'in', schema: {} }],
  outputs: [{ name: 'out', schema: { type: 'string' } }],
  configSchema: {
    type: 'object',
    properties: {
      model: { type: 'string', minLength: 1, maxLength: 200 },
      systemPrompt: { type: 'string', maxLength: 100_000 },
      prompt: { type: 'string', minLength: 1, maxLength: 100_000 },
      temperature: { type: 'number', minimum: 0, maximum: 2 },
      maxTokens: { type: 'integer', minimum: 1, maximum: 200_000 },
      /** OpenAI-compatible API root; https://api.openai.com/v1 when absent. Its host must be on the allow-list. */
      baseUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2048 },
      /** Name of the tenant secret holding the API key (sent as a Bearer token). */
      apiKeySecret: { type: 'string', minLength: 1, maxLength: 200 },
    },
    required: ['model', 'prompt', 'apiKeySecret'],
    additionalProperties: false,
  },
};

export const builtinSteps: NodeTypeDefinition[] = [agentStep, httpRequestStep, transformStep, waitStep, codeStep, subWorkflowStep, llmChatStep];
