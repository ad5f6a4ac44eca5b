// Behaviour of createAgentRuntime an agent author would notice: outputs, linking, entry errors, fresh state, output rules.
import { afterAll, describe, expect, it } from 'vitest';
import { createAgentRuntime } from './run-agent.ts';
import { agentPackage } from './test-agent-package.ts';

const runtime = createAgentRuntime();
afterAll(() => runtime.dispose());

describe('createAgentRuntime: running agents', () => {
  it('returns the output with duration, memory and the logs written through ctx.log and console', async () => {
    const seen: string[] = [];
    const result = await runtime.invoke(
      agentPackage(`
        export async function handle(input, ctx) {
          ctx.log('greeting', input.name);
          console.warn({ careful: true });
          return { message: 'Hello, ' + input.name };
        }`),
      { name: 'Ada' },
      { log: (level, message) => seen.push(`${level}:${message}`) },
    );
    expect(result).toMatchObject({ ok: true, output: { message: 'Hello, Ada' } });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.memoryBytes).toBeGreaterThan(0);
    expect(result.logs.map(({ level, message }) => ({ level, message }))).toEqual([
      { level: 'info', message: 'greeting Ada' },
      { level: 'warn', message: '{"careful":true}' },
    ]);
    expect(seen).toEqual(['info:greeting Ada', 'warn:{"careful":true}']);
  });

  it('accepts a default-exported function', async () => {
    const result = await runtime.invoke(agentPackage('export default async (input) => input.n * 2'), { n: 21 });
    expect(result).toMatchObject({ ok: true, output: 42 });
  });

  it('links relative imports between the package files', async () => {
    const pkg = agentPackage(
      {
        'src/index.js': `import { shout } from './text/shout.js';
          import { suffix } from '../config.js';
          export function handle(input) { return shout(input.text) + suffix; }`,
        'src/text/shout.js': `import { suffix } from '../../config.js';
          export const shout = (s) => s.toUpperCase() + suffix.length;`,
        'config.js': `export const suffix = '!';`,
      },
      { entry: './src/index.js' },
    );
    const result = await runtime.invoke(pkg, { text: 'hi' });
    expect(result).toMatchObject({ ok: true, output: 'HI1!' });
  });

  it('reports a relative import of a missing file as a runtime error naming it', async () => {
    const result = await runtime.invoke(agentPackage(`import './nope.js'; export function handle() {}`), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('./nope.js') } });
  });

  it('surfaces a thrown error and a syntax error as RUNTIME_ERROR with their messages', async () => {
    const thrown = await runtime.invoke(agentPackage(`export function handle() { throw new RangeError('bad range'); }`), {});
    expect(thrown).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: 'RangeError: bad range' } });
    const syntax = await runtime.invoke(agentPackage(`export function handle( {`), {});
    expect(syntax).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('SyntaxError') } });
  });

  it('returns ENTRY_NOT_FOUND for a missing entry file and for an entry without a handler', async () => {
    const missing = await runtime.invoke(agentPackage('export function handle() {}', { entry: 'main.js' }), {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'ENTRY_NOT_FOUND', message: expect.stringContaining('main.js') } });
    const noHandler = await runtime.invoke(agentPackage('export const run = () => 1;'), {});
    expect(noHandler).toMatchObject({ ok: false, error: { code: 'ENTRY_NOT_FOUND', message: expect.stringContaining('exports: run') } });
  });

  it('starts every invocation of a warm agent from fresh module and global state', async () => {
    const pkg = agentPackage(`
      let count = 0;
      export function handle() {
        count += 1;
        globalThis.seen = (globalThis.seen ?? 0) + 1;
        Object.prototype.polluted = (Object.prototype.polluted ?? 0) + 1;
        return [count, globalThis.seen, {}.polluted];
      }`);
    for (let i = 0; i < 3; i += 1) {
      expect(await runtime.invoke(pkg, {})).toMatchObject({ ok: true, output: [1, 1, 1] });
    }
  });

  it('rejects output that is too large or not JSON-serialisable with INVALID_OUTPUT', async () => {
    const limited = { constraints: { timeoutMs: 2_000, memoryMb: 32, maxOutputBytes: 100 } };
    const big = await runtime.invoke(agentPackage(`export const handle = () => 'é'.repeat(60);`, limited), {});
    expect(big).toMatchObject({ ok: false, error: { code: 'INVALID_OUTPUT', message: 'Output exceeds 100 bytes' } });
    const fits = await runtime.invoke(agentPackage(`export const handle = () => 'e'.repeat(60);`, limited), {});
    expect(fits).toMatchObject({ ok: true });
    for (const body of ['() => 1', '{ a: 1n }', '(() => { const a = {}; a.self = a; return a; })()']) {
      const result = await runtime.invoke(agentPackage(`export const handle = () => (${body});`), {});
      expect(result, body).toMatchObject({ ok: false, error: { code: 'INVALID_OUTPUT' } });
    }
  });

  it('runs concurrent invocations of one agent in separate contexts', async () => {
    const pkg = agentPackage(`
      let calls = 0;
      export async function handle(input) {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return [input.i, calls];
      }`);
    const results = await Promise.all([0, 1, 2, 3].map((i) => runtime.invoke(pkg, { i })));
    expect(results.map((r) => (r.ok ? r.output : r.error))).toEqual([[0, 1], [1, 1], [2, 1], [3, 1]]);
  });

  it('turns an undefined output into null', async () => {
    expect(await runtime.invoke(agentPackage('export function handle() {}'), {})).toMatchObject({ ok: true, output: null });
  });

  it('caps the number and size of log entries', async () => {
    const small = createAgentRuntime({ maxLogEntries: 3, maxLogMessageChars: 10 });
    const result = await small.invoke(agentPackage(`export function handle() { for (let i = 0; i < 50; i++) console.log('line ' + i + ' ' + 'x'.repeat(20)); return 'done'; }`), {});
    small.dispose();
    expect(result.ok).toBe(true);
    expect(result.logs).toHaveLength(4);
    expect(result.logs[0]!.message).toBe('line 0 xxx… [truncated]');
    expect(result.logs[3]).toMatchObject({ level: 'warn', message: expect.stringContaining('Log limit of 3') });
  });

  it('throws for host mistakes: non-JSON input, or a disposed runtime', async () => {
    const local = createAgentRuntime();
    await expect(local.invoke(agentPackage('export const handle = () => 1'), { n: 1n })).rejects.toThrow(TypeError);
    local.dispose();
    await expect(local.invoke(agentPackage('export const handle = () => 1'), {})).rejects.toThrow(/disposed/);
  });
});
