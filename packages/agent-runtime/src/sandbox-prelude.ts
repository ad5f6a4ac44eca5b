// Code run first in every fresh context: hides the bridges in closures, builds ctx/console/setTimeout, returns run().
import ivm from 'isolated-vm';
import type { HostBridge } from './host-bridge.ts';

/** What the isolate-side `run` hands back (copied out as a plain object of strings). */
export type PreludeOutcome =
  | { kind: 'ok'; json: string }
  | { kind: 'no-handler'; exports: string }
  | { kind: 'error'; code: 'RUNTIME_ERROR' | 'PERMISSION_DENIED'; message: string }
  | { kind: 'invalid-output'; message: string };

// $0: sync bridge (Callback), $1: async bridge (Reference), $2: limits as JSON.
// Built-ins are captured before agent code runs, so an agent patching JSON or Promise only breaks itself.
const PRELUDE_SOURCE = String.raw`
'use strict';
const syncBridge = $0, asyncBridge = $1, limits = JSON.parse($2);
const { stringify, parse } = JSON;
const denied = new WeakSet();
// WebAssembly memory is allocated outside the isolate's memory limit; SharedArrayBuffer/Atomics have no use here.
delete globalThis.WebAssembly;
delete globalThis.SharedArrayBuffer;
delete globalThis.Atomics;

function fault(code, message) {
  const e = new Error(message);
  e.code = code;
  if (code === 'PERMISSION_DENIED') { e.name = 'PermissionDeniedError'; denied.add(e); }
  return e;
}
function settle(envelopeJson) {
  const envelope = parse(envelopeJson);
  if (envelope.ok) return envelope.value;
  throw fault(envelope.code, envelope.message);
}
const hostSync = (op, payload) => settle(syncBridge(op, stringify(payload)));
const hostAsync = async (op, payload) =>
  settle(await asyncBridge.apply(undefined, [op, stringify(payload)], { result: { promise: true } }));

function describe(e) {
  try {
    if (e instanceof Error) return e.name === 'Error' ? e.message : e.name + ': ' + e.message;
    if (e && typeof e === 'object' && typeof e.message === 'string') return e.message;
    return typeof e === 'string' ? e : stringify(e) ?? String(e);
  } catch { return 'Unknown error'; }
}
function format(args) {
  return args.map((a) => {
    if (typeof a === 'string') return a;
    if (a instanceof Error) return a.stack || describe(a);
    try { return stringify(a) ?? String(a); } catch { return String(a); }
  }).join(' ').slice(0, limits.maxLogMessageChars + 1);
}
let logCount = 0;
function log(level, args) {
  // The host keeps the authoritative cap; this only stops crossing the boundary once it is reached.
  if (logCount++ > limits.maxLogEntries) return;
  hostSync('log', { level, message: format(args) });
}

const timers = new Set();
let nextTimer = 1;
globalThis.setTimeout = function setTimeout(fn, ms, ...args) {
  if (typeof fn !== 'function') throw new TypeError('setTimeout expects a function');
  const id = nextTimer++;
  timers.add(id);
  hostAsync('sleep', { ms: Number(ms) || 0 }).then(() => {
    if (timers.delete(id)) fn(...args);
  }).catch((e) => log('error', ['Uncaught error in setTimeout callback:', e]));
  return id;
};
globalThis.clearTimeout = (id) => { timers.delete(id); };
globalThis.console = Object.freeze({
  log: (...a) => log('info', a), info: (...a) => log('info', a), debug: (...a) => log('debug', a),
  warn: (...a) => log('warn', a), error: (...a) => log('error', a),
});

async function fetch(url, init = {}) {
  const headers = {};
  for (const [k, v] of Object.entries(init.headers ?? {})) headers[String(k)] = String(v);
  if (init.body != null && typeof init.body !== 'string') throw new TypeError('ctx.fetch: body must be a string');
  const res = await hostAsync('fetch', {
    url: String(url), method: String(init.method ?? 'GET').toUpperCase(), headers, body: init.body ?? undefined,
  });
  return Object.freeze({
    status: res.status, ok: res.status >= 200 && res.status < 300, headers: Object.freeze(res.headers),
    text: () => res.body, json: () => parse(res.body),
  });
}
const ctx = Object.freeze({
  log: (...a) => log('info', a),
  fetch,
  secret: (name) => hostSync('secret', { name: String(name) }),
  call: (dependency, input) => hostAsync('call', { name: String(dependency), input: input ?? null }),
});

return async function run(ns, inputJson) {
  const handle = typeof ns.handle === 'function' ? ns.handle : typeof ns.default === 'function' ? ns.default : undefined;
  if (!handle) return { kind: 'no-handler', exports: Object.keys(ns).join(', ') };
  let output;
  try {
    output = await handle(parse(inputJson), ctx);
  } catch (e) {
    if (denied.has(e)) return { kind: 'error', code: 'PERMISSION_DENIED', message: e.message };
    return { kind: 'error', code: 'RUNTIME_ERROR', message: describe(e) };
  }
  let json;
  try {
    json = output === undefined ? 'null' : stringify(output);
  } catch (e) {
    return { kind: 'invalid-output', message: 'Output is not JSON-serialisable: ' + describe(e) };
  }
  if (typeof json !== 'string') return { kind: 'invalid-output', message: 'Output is not JSON-serialisable (a ' + typeof output + ')' };
  // UTF-8 takes at least one byte per UTF-16 unit, so this cheap check never rejects valid output.
  if (json.length > limits.maxOutputBytes) return { kind: 'invalid-output', message: 'Output exceeds ' + limits.maxOutputBytes + ' bytes' };
  return { kind: 'ok', json };
};
`;

export interface PreludeLimits {
  maxLogEntries: number;
  maxLogMessageChars: number;
  maxOutputBytes: number;
}

/** Installs the prelude in `context`; returns a reference to `run(namespace, inputJson)` and the host handles to free. */
export async function installPrelude(
  context: ivm.Context,
  bridge: HostBridge,
  limits: PreludeLimits,
  timeoutMs: number,
): Promise<{ run: ivm.Reference<(ns: unknown, inputJson: string) => Promise<PreludeOutcome>>; release: () => void }> {
  const asyncRef = new ivm.Reference(bridge.onAsync);
  const syncCallback = new ivm.Callback(bridge.onSync);
  const run = await context.evalClosure(PRELUDE_SOURCE, [syncCallback, asyncRef, JSON.stringify(limits)], {
    result: { reference: true },
    timeout: timeoutMs,
  });
  return {
    run,
    release: () => {
      run.release();
      asyncRef.release();
    },
  };
}
