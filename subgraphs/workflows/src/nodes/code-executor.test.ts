import { describe, expect, it } from 'vitest';
import { codeExecutor } from './code-executor';
import { ctxFor, failure } from './node-test-kit';

const run = (source: string, input: unknown = null, timeoutMs?: number) =>
  codeExecutor(ctxFor('code', { language: 'javascript', source, ...(timeoutMs ? { timeoutMs } : {}) }, input));

describe('code step', () => {
  it('returns the function body result on a JSON copy of the input, sync or async', async () => {
    const input = { items: [1, 2, 3] };
    expect((await run('input.items.push(4); return { sum: input.items.reduce((a, b) => a + b, 0) };', input)).output).toEqual({ sum: 10 });
    expect(input.items).toEqual([1, 2, 3]);
    expect((await run('await null; return [input, "$1", "$&"];', 'x')).output).toEqual(['x', '$1', '$&']);
    expect((await run('const x = 1;')).output).toBeNull();
  });

  it('reports a throw as CODE_ERROR with its message, a syntax error too', async () => {
    expect(await failure(run('throw new Error("bad row " + input.row);', { row: 7 }))).toEqual({ code: 'CODE_ERROR', message: 'bad row 7' });
    expect((await failure(run('return )'))).code).toBe('CODE_ERROR');
  });

  it('has no process, require, fetch or timers', async () => {
    expect((await run('return [typeof process, typeof require, typeof fetch, typeof setTimeout, typeof globalThis.process];')).output)
      .toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect((await failure(run('return process.env;'))).code).toBe('CODE_ERROR');
  });

  it('stops an infinite loop with TIMEOUT, before or after an await', async () => {
    expect((await failure(run('for (;;) {}', null, 200))).code).toBe('TIMEOUT');
    expect((await failure(run('await null; for (;;) {}', null, 200))).code).toBe('TIMEOUT');
    expect((await failure(run('await new Promise(() => {});', null, 200))).code).toBe('TIMEOUT');
  });

  it('refuses results that are not JSON with INVALID_OUTPUT', async () => {
    expect((await failure(run('return () => 1;'))).code).toBe('INVALID_OUTPUT');
    expect((await failure(run('const a = {}; a.self = a; return a;'))).code).toBe('INVALID_OUTPUT');
    expect((await failure(run('return 10n;'))).code).toBe('INVALID_OUTPUT');
  });

  it('stops a memory hog with MEMORY_LIMIT', async () => {
    const err = await failure(run('const keep = []; for (;;) keep.push({ a: Math.random(), s: "x".repeat(1000) + Math.random() });', null, 20_000));
    expect(err.code).toBe('MEMORY_LIMIT');
  });
});
