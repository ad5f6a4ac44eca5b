import { describe, expect, it } from 'vitest';
import { scanCodeFile } from './scan-code.js';

const scan = (source: string, hosts: string[] = []) => scanCodeFile('index.js', source, { hosts });
const codes = (source: string, hosts: string[] = []) => scan(source, hosts).map((f) => `${f.severity} ${f.code}`);

describe('scanCodeFile', () => {
  it('finds nothing in ordinary agent code that uses ctx.fetch', () => {
    const source = `import { z } from 'zod';
export default async function run(ctx, input) {
  const res = await ctx.fetch('https://api.acme.test/v1/rates');
  setTimeout(() => ctx.log('done'), 10);
  return { rates: await res.json(), items: input.items.map((x) => x * 2) };
}`;
    expect(scan(source, ['api.acme.test'])).toEqual([]);
  });

  it('flags eval, direct and indirect, with its line', () => {
    expect(scan('const a = 1;\neval("a + 1");')).toEqual([expect.objectContaining({ severity: 'critical', code: 'EVAL', line: 2 })]);
    expect(codes('(0, globalThis.eval)("1")')).toEqual(['critical EVAL']);
  });

  it('flags new Function, Function(...) and the .constructor route', () => {
    expect(codes('const f = new Function("return 1");')).toEqual(['critical FUNCTION_CONSTRUCTOR']);
    expect(codes('const f = Function("return 1");')).toEqual(['critical FUNCTION_CONSTRUCTOR']);
    expect(codes('(function(){}).constructor("return this")();')).toEqual(['critical FUNCTION_CONSTRUCTOR']);
    expect(codes('if (x instanceof Function) x();')).toEqual([]);
  });

  it('flags timers given a string, not timers given a function', () => {
    expect(codes('setTimeout("alert(1)", 10);')).toEqual(['critical STRING_TIMER']);
    expect(codes('setInterval(`tick()`, 10);')).toEqual(['critical STRING_TIMER']);
    expect(codes('setTimeout(() => 1, 10);')).toEqual([]);
  });

  it('flags imports of Node built-ins with and without node:, including re-exports and literal import()', () => {
    expect(codes('import { exec } from "child_process";')).toEqual(['critical NODE_BUILTIN_IMPORT']);
    expect(codes('import fs from "node:fs";')).toEqual(['critical NODE_BUILTIN_IMPORT']);
    expect(codes('export * from "node:net";')).toEqual(['critical NODE_BUILTIN_IMPORT']);
    expect(codes('const vm = await import("vm");')).toEqual(['critical NODE_BUILTIN_IMPORT']);
    expect(codes('import { join } from "./path-utils.js";')).toEqual([]);
  });

  it('flags import() with a computed name', () => {
    expect(codes('const m = await import("./plugins/" + name);')).toEqual(['critical DYNAMIC_IMPORT']);
    expect(codes('const m = await import("./plugin.js");')).toEqual([]);
  });

  it('flags require, static or dynamic, in a CommonJS file', () => {
    expect(codes('const cp = require("child_process");\nmodule.exports = 1;')).toEqual(['critical REQUIRE']);
    expect(codes('const m = require(name);')).toEqual(['critical REQUIRE']);
    expect(codes('const p = require.resolve("x");')).toEqual(['critical REQUIRE']);
  });

  it('flags process and globalThis.process access once per line', () => {
    expect(codes('const k = process.env.A || process.env.B;')).toEqual(['high PROCESS_ACCESS']);
    expect(codes('globalThis.process.exit(1);')).toEqual(['high PROCESS_ACCESS']);
  });

  it('flags network use outside ctx.fetch when no hosts are declared', () => {
    expect(codes('await fetch("/x");')).toEqual(['high UNDECLARED_NETWORK']);
    expect(codes('new WebSocket(u);')).toEqual(['high UNDECLARED_NETWORK']);
    expect(codes('const x = new window.XMLHttpRequest();')).toEqual(['high UNDECLARED_NETWORK']);
    expect(codes('await ctx.fetch(u);')).toEqual([]);
  });

  it('accepts direct network use when hosts are declared', () => {
    expect(codes('await fetch(url); new WebSocket(u);', ['api.acme.test'])).toEqual([]);
  });

  it('flags literal URLs to hosts that are not declared, honouring wildcards', () => {
    const source = 'ctx.fetch("https://api.acme.test/x"); ctx.fetch(`https://cdn.acme.test/${p}`); ctx.fetch("https://evil.example.net/drop");';
    const found = scan(source, ['api.acme.test', '*.acme.test']);
    expect(found).toEqual([expect.objectContaining({ severity: 'medium', code: 'UNLISTED_HOST', message: expect.stringContaining('evil.example.net') })]);
  });

  it('flags obfuscated code: _0x names, escaped strings, decoder chains, string tables and long lines', () => {
    const table = Array.from({ length: 150 }, (_, i) => `'\\x${(0x41 + (i % 26)).toString(16)}\\x62\\x63'`).join(',');
    const source = `var _0x1a2b=[${table}];function _0x3c4d(_0x5e6f){return _0x1a2b[_0x5e6f];}` +
      'var s=String.fromCharCode(104,101,108,108,111,32,119,111,114,108,100);' + ' '.repeat(1200);
    const found = codes(source);
    expect(found).toEqual(expect.arrayContaining([
      'medium OBFUSCATION_IDENTIFIERS', 'medium OBFUSCATION_ESCAPES', 'medium OBFUSCATION_DECODER',
      'medium OBFUSCATION_STRING_TABLE', 'medium OBFUSCATION_LONG_LINE',
    ]));
    expect(found.every((c) => c.startsWith('medium'))).toBe(true);
  });

  it('does not treat readable minified code as obfuscated', () => {
    const minified = Array.from({ length: 80 }, (_, i) => `function f${i}(a,b){return a.items.map(c=>c*b+${i})}`).join(';');
    expect(minified.length).toBeGreaterThan(1000);
    expect(codes(minified)).toEqual([]);
  });

  it('reports a parse error as high with its line', () => {
    expect(scan('const a = 1;\nconst = ;')).toEqual([expect.objectContaining({ severity: 'high', code: 'PARSE_ERROR', line: 2 })]);
  });

  it('falls back to script parsing for sloppy-mode code', () => {
    expect(codes('with (obj) { x = 1 }\nreturn 1;')).toEqual([]);
  });
});
