// Static analysis of an agent's JavaScript: what it can execute, import and reach over the network.
import { parse, type AnyNode, type Node, type Options } from 'acorn';
import { ancestor } from 'acorn-walk';
import { hostAllowed, hostsInText } from './host-allowlist.js';
import { obfuscationFindings, type ObfuscationStats } from './scan-obfuscation.js';
import type { Finding } from './step-report.js';

export interface CodePermissions {
  hosts: string[];
}

export const JS_FILE = /\.(m|c)?js$/i;

const NODE_BUILTINS = new Set([
  'fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'vm', 'worker_threads',
  'cluster', 'tls', 'dns', 'dns/promises', 'module', 'inspector', 'v8', 'process',
]);
/** Objects through which a global can be reached as a property (`globalThis.eval`). */
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

const isBuiltin = (source: string): boolean => NODE_BUILTINS.has(source.replace(/^node:/, ''));
const lineOf = (node: Node): number => node.loc?.start.line ?? 0;

/** The global a node names, if it is a bare identifier or a `globalThis.x` / `globalThis['x']` access. */
function globalName(node: AnyNode): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression' || node.object.type !== 'Identifier' || !GLOBAL_OBJECTS.has(node.object.name)) return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  return null;
}

const isStringy = (node: AnyNode | undefined): boolean =>
  !!node && ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral' ||
    (node.type === 'BinaryExpression' && node.operator === '+' && (isStringy(node.left as AnyNode) || isStringy(node.right))));

/** Parses as an ES module first, then as a classic script (CommonJS files use `return` and `with`). */
export function parseJavaScript(source: string): { ast: Node } | { error: string; line: number } {
  const base: Options = { ecmaVersion: 'latest', locations: true, allowHashBang: true };
  try {
    return { ast: parse(source, { ...base, sourceType: 'module' }) };
  } catch (moduleError) {
    try {
      return { ast: parse(source, { ...base, sourceType: 'script', allowReturnOutsideFunction: true }) };
    } catch {
      const e = moduleError as SyntaxError & { loc?: { line: number } };
      return { error: e.message, line: e.loc?.line ?? 0 };
    }
  }
}

/** Findings for one JavaScript file. Scope is not tracked: a local named `process` is still reported, on purpose. */
export function scanCodeFile(file: string, source: string, permissions: CodePermissions): Finding[] {
  const parsed = parseJavaScript(source);
  if ('error' in parsed) {
    return [{ severity: 'high', code: 'PARSE_ERROR', message: `Cannot be parsed as JavaScript: ${parsed.error}`, file, line: parsed.line }];
  }
  const findings: Finding[] = [];
  const add = (node: Node, severity: Finding['severity'], code: string, message: string) =>
    findings.push({ severity, code, message, file, line: lineOf(node) });
  const stats: ObfuscationStats = { decodeCalls: 0, widestFromCharCode: 0, largestStringArray: 0, literalChars: 0, escapeChars: 0 };
  const noHosts = permissions.hosts.length === 0;

  const onGlobal = (node: AnyNode, name: string, parent: AnyNode | undefined) => {
    const called = (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === node;
    if (name === 'eval') add(node, 'critical', 'EVAL', 'Uses eval');
    else if (name === 'Function' && called) add(node, 'critical', 'FUNCTION_CONSTRUCTOR', 'Builds code with the Function constructor');
    else if (name === 'process') add(node, 'high', 'PROCESS_ACCESS', 'Accesses the host process object');
    else if (name === 'require' && (called || (parent?.type === 'MemberExpression' && parent.object === node))) {
      add(node, 'critical', 'REQUIRE', 'Calls require(); agents may only use static ES imports of allowed modules');
    } else if (NETWORK_GLOBALS.has(name) && noHosts) {
      add(node, 'high', 'UNDECLARED_NETWORK', `Uses ${name} but the manifest declares no permissions.hosts; use ctx.fetch with declared hosts`);
    } else if (name === 'atob') stats.decodeCalls += called ? 1 : 0;
    else if (TIMERS.has(name) && called && parent?.type === 'CallExpression' && isStringy(parent.arguments[0] as AnyNode)) {
      add(node, 'critical', 'STRING_TIMER', `Calls ${name} with a string, which is evaluated as code`);
    }
  };
  const onModuleSource = (node: AnyNode, source: unknown) => {
    if (typeof source === 'string' && isBuiltin(source)) add(node, 'critical', 'NODE_BUILTIN_IMPORT', `Imports the Node.js built-in "${source}"`);
  };

  ancestor(parsed.ast, {
    Identifier(node, _state, ancestors) {
      onGlobal(node, node.name, ancestors[ancestors.length - 2]);
    },
    MemberExpression(node, _state, ancestors) {
      const name = globalName(node);
      if (name !== null) onGlobal(node, name, ancestors[ancestors.length - 2]);
      // `(function(){}).constructor('code')()` reaches the Function constructor without naming it.
      const parent = ancestors[ancestors.length - 2];
      if (!node.computed && node.property.type === 'Identifier' && node.property.name === 'constructor' &&
        parent?.type === 'CallExpression' && parent.callee === node && parent.arguments.length > 0) {
        add(node, 'critical', 'FUNCTION_CONSTRUCTOR', 'Calls .constructor(...) with arguments, a known route to the Function constructor');
      }
      if (!node.computed && node.property.type === 'Identifier' && node.property.name === 'fromCharCode' &&
        parent?.type === 'CallExpression' && parent.callee === node) {
        stats.decodeCalls += 1;
        stats.widestFromCharCode = Math.max(stats.widestFromCharCode, parent.arguments.length);
      }
    },
    ImportExpression(node) {
      if (node.source.type === 'Literal') onModuleSource(node, node.source.value);
      else if (node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0) onModuleSource(node, node.source.quasis[0]?.value.cooked);
      else add(node, 'critical', 'DYNAMIC_IMPORT', 'import() with a computed module name');
    },
    ImportDeclaration: (node) => onModuleSource(node, node.source.value),
    ExportAllDeclaration: (node) => onModuleSource(node, node.source.value),
    ExportNamedDeclaration: (node) => onModuleSource(node, node.source?.value),
    Literal(node) {
      if (typeof node.value !== 'string') return;
      stats.literalChars += node.raw?.length ?? 0;
      stats.escapeChars += (node.raw?.match(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|u\{[0-9a-f]+\})/gi) ?? []).join('').length;
      checkUrls(node, node.value);
    },
    TemplateElement: (node) => checkUrls(node, node.value.cooked ?? node.value.raw),
    ArrayExpression(node) {
      const strings = node.elements.filter((e) => e?.type === 'Literal' && typeof e.value === 'string').length;
      if (strings >= node.elements.length * 0.9) stats.largestStringArray = Math.max(stats.largestStringArray, strings);
    },
  });

  function checkUrls(node: Node, text: string) {
    for (const host of new Set(hostsInText(text))) {
      if (!hostAllowed(host, permissions.hosts)) add(node, 'medium', 'UNLISTED_HOST', `Refers to ${host}, which is not in permissions.hosts`);
    }
  }

  return [...dedupe(findings), ...obfuscationFindings(file, source, stats)];
}

/** One finding per code and line: `process.env.A || process.env.B` is one problem, not two. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}:${f.line}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
