// Time, memory and capability limits of the sandbox: what a hostile or buggy agent runs into.
import { afterAll, describe, expect, it } from 'vitest';
import { createAgentRuntime } from './run-agent.ts';
import { agentPackage } from './test-agent-package.ts';

const runtime = createAgentRuntime();
afterAll(() => runtime.dispose());

const TIMEOUT_MS = 400;
// Generous: two forks share two cores, so the watchdog can fire late under load.
const MARGIN_MS = 1_500;
const timed = (source: string, name = '@test/limits') =>
  agentPackage(source, { name, constraints: { timeoutMs: TIMEOUT_MS, memoryMb: 16 } });

describe('sandbox limits', () => {
  it('ends while(true) with TIMEOUT while host timers keep firing', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 25);
    const result = await runtime.invoke(timed('export function handle() { while (true) {} }'), {});
    clearInterval(ticker);
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT', message: expect.stringContaining(`${TIMEOUT_MS} ms`) } });
    expect(result.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(result.durationMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('ends a loop that starts after an await, and a module-level loop, with TIMEOUT', async () => {
    const afterAwait = await runtime.invoke(timed('export async function handle() { await null; for (;;) {} }'), {});
    expect(afterAwait).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    const topLevel = await runtime.invoke(timed('while (true) {} export function handle() {}'), {});
    expect(topLevel).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });

  it('ends a promise that never settles with TIMEOUT', async () => {
    const result = await runtime.invoke(timed('export async function handle() { await new Promise(() => {}); }'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    expect(result.durationMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });

  it('runs setTimeout callbacks inside the deadline and times out one that waits past it', async () => {
    const quick = await runtime.invoke(
      timed(`export async function handle() {
        const order = [];
        const cancelled = setTimeout(() => order.push('cancelled'), 5);
        clearTimeout(cancelled);
        await new Promise((resolve) => setTimeout(() => { order.push('fired'); resolve(); }, 20));
        return order;
      }`),
      {},
    );
    expect(quick).toMatchObject({ ok: true, output: ['fired'] });
    const slow = await runtime.invoke(timed('export async function handle() { await new Promise((r) => setTimeout(r, 60_000)); }'), {});
    expect(slow).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });

  it('kills a memory bomb with MEMORY_LIMIT, and the next agent still runs', async () => {
    // A long time limit, so only the memory limit can end it (GC near the limit is slow on a busy machine).
    const bomb = await runtime.invoke(
      agentPackage(`export function handle() { const hoard = []; while (true) hoard.push('x'.repeat(64) + Math.random()); }`, {
        name: '@test/bomb',
        constraints: { timeoutMs: 15_000, memoryMb: 16 },
      }),
      {},
    );
    expect(bomb).toMatchObject({ ok: false, error: { code: 'MEMORY_LIMIT', message: expect.stringContaining('16 MB') } });
    expect(bomb.memoryBytes).toBe(16 * 1024 * 1024);
    const next = await runtime.invoke(timed('export const handle = () => "still here"', '@test/other'), {});
    expect(next).toMatchObject({ ok: true, output: 'still here' });
    const sameAgentAgain = await runtime.invoke(timed('export const handle = () => "fresh isolate"', '@test/bomb'), {});
    expect(sameAgentAgain).toMatchObject({ ok: true, output: 'fresh isolate' });
  });

  it('reports a huge ArrayBuffer as MEMORY_LIMIT and offers no WebAssembly to allocate around the limit', async () => {
    const buffer = await runtime.invoke(timed('export function handle() { return new ArrayBuffer(512 * 1024 * 1024).byteLength; }'), {});
    expect(buffer).toMatchObject({ ok: false, error: { code: 'MEMORY_LIMIT' } });
    const wasm = await runtime.invoke(timed('export const handle = () => [typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics]'), {});
    expect(wasm).toMatchObject({ ok: true, output: ['undefined', 'undefined', 'undefined'] });
  });
});

describe('sandbox capabilities', () => {
  it('denies static imports of Node built-ins and bare packages before any agent code runs', async () => {
    for (const specifier of ['fs', 'node:child_process', 'http', 'lodash', '/etc/passwd']) {
      const result = await runtime.invoke(
        timed(`import x from '${specifier}'; export function handle() { return 'ran'; }`),
        {},
        { log: () => expect.fail('no agent code should run') },
      );
      expect(result, specifier).toMatchObject({
        ok: false,
        error: { code: 'PERMISSION_DENIED', message: expect.stringContaining(`"${specifier}"`) },
      });
    }
  });

  it('denies a relative import that climbs out of the package', async () => {
    const result = await runtime.invoke(timed(`import '../../secrets.js'; export function handle() {}`), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('leaves the package') } });
  });

  it('denies dynamic import() of a built-in, and the agent sees a rejection it can catch', async () => {
    const uncaught = await runtime.invoke(timed(`export async function handle() { return await import('node:child_process'); }`), {});
    expect(uncaught).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('Dynamic import()') } });
    const caught = await runtime.invoke(
      timed(`export async function handle() { try { await import('fs'); return 'loaded'; } catch { return 'refused'; } }`),
      {},
    );
    expect(caught).toMatchObject({ ok: true, output: 'refused' });
  });

  it('exposes no process, require, network or filesystem globals', async () => {
    const result = await runtime.invoke(
      timed(`export const handle = () => [typeof process, typeof require, typeof fetch, typeof module, typeof Buffer, typeof setInterval]`),
      {},
    );
    expect(result).toMatchObject({ ok: true, output: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined'] });
  });

  it('stops an invocation when the host aborts it', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await runtime.invoke(
      agentPackage('export function handle() { while (true) {} }', { constraints: { timeoutMs: 10_000, memoryMb: 16 } }),
      {},
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('aborted') } });
    expect(result.durationMs).toBeLessThan(MARGIN_MS);
  });

  it('ends running invocations when the runtime is disposed', async () => {
    const local = createAgentRuntime();
    const pending = local.invoke(agentPackage('export async function handle() { await new Promise(() => {}); }'), {});
    setTimeout(() => local.dispose(), 50);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('disposed') } });
  });
});
