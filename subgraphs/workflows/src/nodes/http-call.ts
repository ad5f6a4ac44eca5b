// One outbound HTTP call for a step: allow-listed hosts only (every redirect hop re-checked), timeout, size cap.
import { readCapped } from '@nexus/agent-runtime/read-capped';
import { assertHostAllowed } from './host-allowlist';
import { assertPublicHost } from './public-address';
import { StepError, stepError } from './node-error';

export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

export interface HttpCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  signal: AbortSignal;
  allowedHosts: readonly string[];
  /** Let the call reach loopback and private addresses (operator setting; tests on loopback). */
  allowPrivateNetworks?: boolean;
  fetch: typeof fetch;
}

export interface HttpResponseValue { status: number; headers: Record<string, string>; body: unknown }

const tooLarge = () => stepError('RESPONSE_TOO_LARGE', `Response body is larger than ${MAX_RESPONSE_BYTES / (1024 * 1024)} MB.`);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Credentials written for one host must not travel to another one on a redirect.
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    // The rendered URL may carry a templated secret, so the message does not echo it.
    throw stepError('HTTP_ERROR', `The request URL is not a valid absolute URL after templating (it starts with "${text.slice(0, 8)}").`);
  }
}

function parseBody(text: string, contentType: string | null): unknown {
  if (!/[/+]json\b/i.test(contentType ?? '') || text.trim() === '') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // a server mislabelling text as JSON should not fail the step
  }
}

function without(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}

/** Follows up to MAX_REDIRECTS hops itself so each new host is checked before any connection is made to it. */
export async function callHttp(c: HttpCall): Promise<HttpResponseValue> {
  const timeoutMs = c.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([c.signal, timeout]);
  let url = parseUrl(c.url);
  let { method, headers, body } = { method: c.method.toUpperCase(), headers: { ...c.headers }, body: c.body };
  try {
    for (let hop = 0; ; hop++) {
      assertHostAllowed(url, c.allowedHosts);
      if (!c.allowPrivateNetworks) await assertPublicHost(url.hostname);
      const res = await c.fetch(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, redirect: 'manual', signal });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw stepError('TOO_MANY_REDIRECTS', `Stopped after ${MAX_REDIRECTS} redirects (last to ${location.slice(0, 200)}).`);
        const next = new URL(location, url);
        if (next.origin !== url.origin) headers = without(headers, CREDENTIAL_HEADERS);
        // 303, and 301/302 after a POST as browsers do, continue as a GET without the body.
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
          headers = without(headers, ['content-type']);
        }
        url = next;
        continue;
      }
      const text = method === 'HEAD' ? '' : await readCapped(res, MAX_RESPONSE_BYTES, tooLarge);
      // Thrown (not returned) so the node's retry and on-error settings apply to failed calls.
      if (res.status >= 400) throw stepError('HTTP_STATUS', `HTTP ${res.status} from ${url.hostname}${text ? `: ${text.slice(0, 300)}` : ''}`);
      return { status: res.status, headers: Object.fromEntries(res.headers), body: parseBody(text, res.headers.get('content-type')) };
    }
  } catch (error) {
    if (error instanceof StepError) throw error;
    if (c.signal.aborted) throw stepError('CANCELLED', 'The request was cancelled.');
    if (timeout.aborted) throw stepError('TIMEOUT', `No complete answer from ${url.hostname} within ${timeoutMs} ms.`);
    // The connection's own address check (public-fetch.ts) refused it: the name changed to an internal address.
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    if (cause?.code === 'HOST_NOT_ALLOWED') throw stepError('HOST_NOT_ALLOWED', `${String(cause.message)}; workflow nodes may only call public hosts.`);
    throw stepError('HTTP_ERROR', `Request to ${url.hostname} failed: ${(error as Error).message}${causeOf(error)}`);
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause?.code ?? cause?.message;
  return typeof detail === 'string' ? ` (${detail})` : '';
}
