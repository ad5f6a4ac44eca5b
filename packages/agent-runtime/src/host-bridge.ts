// Host side of the ctx bridges (log, secret, fetch, call, sleep): permission checks live here, outside the sandbox.
import type { AgentErrorCode, AgentPackage, HostFetch, InvokeOptions } from './agent-invocation-types.ts';
import { isHostPermitted } from './host-permissions.ts';
import type { LogSink } from './log-sink.ts';
import type { RuntimeLimits } from './runtime-limits.ts';

/** What crosses back into the isolate: a JSON string the prelude turns into a value or a thrown error. */
type Envelope = string;

export interface HostBridge {
  /** Synchronous ops (log, secret): the isolate waits for the answer. */
  onSync(op: string, payloadJson: string): Envelope;
  /** Asynchronous ops (fetch, call, sleep). Never rejects: a rejected host promise would escape as unhandled. */
  onAsync(op: string, payloadJson: string): Promise<Envelope>;
  /** Cancels pending timers and requests once the invocation is over. */
  close(): void;
}

export interface HostBridgeDeps {
  pkg: AgentPackage;
  options: InvokeOptions;
  fetch: HostFetch;
  logs: LogSink;
  limits: RuntimeLimits;
  deadline: number;
}

const ok = (value: unknown): Envelope => JSON.stringify({ ok: true, value: value ?? null });
const fail = (code: AgentErrorCode, message: string): Envelope => JSON.stringify({ ok: false, code, message });
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createHostBridge(deps: HostBridgeDeps): HostBridge {
  const { pkg, options, limits } = deps;
  const ended = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let bridgeCalls = 0;
  // The result (and its log array) is handed out at the end; late timer callbacks must not change it.
  let closed = false;
  const closedError = () => fail('RUNTIME_ERROR', 'The invocation has already ended');
  const remainingMs = () => Math.max(0, deps.deadline - performance.now());

  const overBudget = () => ++bridgeCalls > limits.maxBridgeCalls;
  const budgetError = () => fail('RUNTIME_ERROR', `More than ${limits.maxBridgeCalls} ctx.fetch/ctx.call calls in one invocation`);

  function secret(name: string): Envelope {
    if (!(pkg.permissions?.secrets ?? []).includes(name)) {
      return fail('PERMISSION_DENIED', `Secret "${name}" is not declared in this agent's permissions.secrets`);
    }
    return ok(options.secrets?.[name]);
  }

  async function fetchOp(req: { url: string; method: string; headers: Record<string, string>; body?: string }) {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return fail('RUNTIME_ERROR', `ctx.fetch: invalid URL "${req.url}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return fail('PERMISSION_DENIED', `ctx.fetch: only http and https URLs are allowed, not "${url.protocol}"`);
    }
    if (!isHostPermitted(url.hostname, pkg.permissions?.hosts ?? [])) {
      return fail('PERMISSION_DENIED', `ctx.fetch: host "${url.hostname}" is not in this agent's permissions.hosts`);
    }
    if (overBudget()) return budgetError();
    const signal = AbortSignal.any([ended.signal, AbortSignal.timeout(Math.max(1, Math.ceil(remainingMs())))]);
    const res = await deps.fetch(url.href, { method: req.method, headers: req.headers, body: req.body, signal });
    if (Buffer.byteLength(res.body) > limits.maxBridgeResultBytes) {
      return fail('RUNTIME_ERROR', `ctx.fetch: response body exceeds ${limits.maxBridgeResultBytes} bytes`);
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(res.headers)) headers[key.toLowerCase()] = String(value);
    return ok({ status: res.status, headers, body: res.body });
  }

  async function callOp(req: { name: string; input: unknown }) {
    if (pkg.dependencies && !Object.hasOwn(pkg.dependencies, req.name)) {
      return fail('PERMISSION_DENIED', `ctx.call: "${req.name}" is not a declared dependency`);
    }
    if (!options.call) return fail('RUNTIME_ERROR', 'ctx.call: this host does not resolve dependencies');
    if (overBudget()) return budgetError();
    let output: unknown;
    try {
      output = await options.call(req.name, req.input);
    } catch (e) {
      return fail('RUNTIME_ERROR', `Dependency "${req.name}" failed: ${messageOf(e)}`);
    }
    const envelope = ok(output);
    if (envelope.length > limits.maxBridgeResultBytes) {
      return fail('RUNTIME_ERROR', `ctx.call: output of "${req.name}" exceeds ${limits.maxBridgeResultBytes} bytes`);
    }
    return envelope;
  }

  // A timer due after the deadline is never scheduled: the watchdog ends the invocation first, and firing it
  // early would let the agent finish with work it asked to do later.
  function sleep(ms: number): Promise<Envelope> {
    const delay = Math.max(0, Number(ms) || 0);
    if (delay >= remainingMs()) return new Promise<Envelope>(() => {});
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(ok(null));
      }, delay);
      timers.add(timer);
    });
  }

  return {
    onSync(op, payloadJson) {
      if (closed) return closedError();
      try {
        const payload = JSON.parse(payloadJson);
        if (op === 'log') {
          deps.logs.add(String(payload.level), String(payload.message));
          return ok(null);
        }
        if (op === 'secret') return secret(String(payload.name));
        return fail('RUNTIME_ERROR', `Unknown bridge op "${op}"`);
      } catch (e) {
        return fail('RUNTIME_ERROR', messageOf(e));
      }
    },
    async onAsync(op, payloadJson) {
      if (closed) return closedError();
      try {
        const payload = JSON.parse(payloadJson);
        if (op === 'fetch') return await fetchOp(payload);
        if (op === 'call') return await callOp(payload);
        if (op === 'sleep') return await sleep(payload.ms);
        return fail('RUNTIME_ERROR', `Unknown bridge op "${op}"`);
      } catch (e) {
        return fail('RUNTIME_ERROR', `${op}: ${messageOf(e)}`);
      }
    },
    close() {
      closed = true;
      ended.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
