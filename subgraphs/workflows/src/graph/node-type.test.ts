import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from './builtin-registry';
import { ERROR_PORT, NodeTypeRegistry, type NodeTypeDefinition } from './node-type';

const qualityGate: NodeTypeDefinition = {
  type: 'quality-gate',
  category: 'step',
  title: 'Quality gate',
  description: 'Stops the run when a score is too low.',
  inputs: [{ name: 'in', schema: { type: 'object' }, required: true }],
  outputs: [{ name: 'pass', schema: { type: 'object' } }],
  configSchema: { type: 'object', properties: { minScore: { type: 'number', minimum: 0, maximum: 1 } }, required: ['minScore'] },
};

describe('NodeTypeRegistry', () => {
  it('lists every built-in type, sorted, with an error port on each step and none on triggers', () => {
    const types = createBuiltinRegistry().list();
    expect(types.map((t) => t.type)).toEqual([
      'agent', 'code', 'condition', 'http-request', 'llm-chat', 'manual', 'map', 'merge', 'schedule', 'sub-workflow', 'switch', 'transform', 'wait', 'webhook',
    ]);
    for (const t of types) expect(t.outputs.some((p) => p.name === ERROR_PORT)).toBe(t.category === 'step');
  });

  it('takes extension types and refuses a second registration of the same type', () => {
    const registry = createBuiltinRegistry();
    registry.register(qualityGate);
    expect(registry.get('quality-gate')?.outputs.map((p) => p.name)).toEqual(['pass', 'error']);
    expect(() => registry.register(qualityGate)).toThrow('node type "quality-gate" is already registered');
    expect(() => registry.register({ ...qualityGate, type: 'agent' })).toThrow('already registered');
  });

  it('refuses a config schema with an unknown keyword at registration', () => {
    const registry = new NodeTypeRegistry();
    expect(() => registry.register({ ...qualityGate, configSchema: { type: 'object', minimun: 1 } })).toThrow(/unknown keyword/);
    expect(registry.get('quality-gate')).toBeUndefined();
  });
});

describe('config validation', () => {
  const registry = createBuiltinRegistry();

  it('names the missing field', () => {
    expect(registry.validateConfig('http-request', { method: 'GET' })).toEqual([
      { field: 'config.url', message: 'config.url is required' },
    ]);
  });

  it('checks ranges with the limit in the message', () => {
    expect(registry.validateConfig('map', { expression: '$', concurrency: 65 })).toEqual([
      { field: 'config.concurrency', message: 'config.concurrency must be <= 64' },
    ]);
    expect(registry.validateConfig('map', { expression: '$', concurrency: 64 })).toEqual([]);
    expect(registry.validateConfig('merge', { mode: 'some' })).toEqual([
      { field: 'config.mode', message: 'config.mode must be equal to one of the allowed values' },
    ]);
  });

  it('compiles JSONata to catch syntax errors with their position', () => {
    expect(registry.validateConfig('transform', { expression: 'order.total +' })).toEqual([
      { field: 'config.expression', message: expect.stringMatching(/^config\.expression is not a valid JSONata expression at position \d+: /) },
    ]);
    expect(registry.validateConfig('transform', { expression: '$sum(order.items.price)' })).toEqual([]);
  });

  it('parses cron schedules and time zones', () => {
    expect(registry.validateConfig('schedule', { cron: '0 9 * * MON-FRI', timezone: 'Europe/Paris' })).toEqual([]);
    expect(registry.validateConfig('schedule', { cron: '0 25 * * *' })).toEqual([
      { field: 'config.cron', message: expect.stringContaining('config.cron is not a valid cron schedule') },
    ]);
    expect(registry.validateConfig('schedule', { cron: '* * * * *', timezone: 'Mars/Olympus' })).toEqual([
      { field: 'config.timezone', message: 'config.timezone "Mars/Olympus" is not a known IANA time zone' },
    ]);
  });

  it('wants exactly one of duration or until on a wait, and a real date for until', () => {
    expect(registry.validateConfig('wait', { durationMs: 1000 })).toEqual([]);
    expect(registry.validateConfig('wait', { until: '2027-01-01T00:00:00Z' })).toEqual([]);
    expect(registry.validateConfig('wait', { durationMs: 1000, until: '2027-01-01T00:00:00Z' })).not.toEqual([]);
    expect(registry.validateConfig('wait', {})).not.toEqual([]);
    expect(registry.validateConfig('wait', { until: 'next tuesday-ish' })).toEqual([
      { field: 'config.until', message: 'config.until must be an ISO-8601 date-time' },
    ]);
  });

  it('refuses switch cases that reuse a port name', () => {
    expect(registry.validateConfig('switch', { expression: 'kind', cases: [{ port: 'a', value: 1 }, { port: 'a', value: 2 }, { port: 'default', value: 3 }] })).toEqual([
      { field: 'config.cases.1.port', message: 'config.cases.1.port "a" is already used' },
      { field: 'config.cases.2.port', message: 'config.cases.2.port "default" is already used' },
    ]);
  });
});

describe('step policy settings', () => {
  const registry = createBuiltinRegistry();

  it('accepts timeout, retry and on-error settings on any step beside its own config', () => {
    expect(registry.validateConfig('transform', {
      expression: '$', timeoutMs: 500, retry: { max: 2, backoff: 'exponential', delayMs: 100, when: 'empty-output' }, onError: { mode: 'default', value: 0 },
    })).toEqual([]);
  });

  it('pins a bad policy setting to its field path', () => {
    const issues = registry.validateConfig('transform', { expression: '$', retry: { max: 99 }, onError: { mode: 'explode' } });
    expect(issues.map((i) => i.field).sort()).toEqual(['config.onError.mode', 'config.retry.max']);
  });

  it('does not give triggers policy settings', () => {
    expect(registry.validateConfig('manual', { retry: { max: 1 } }).map((i) => i.field)).toEqual(['config.retry']);
  });
});
