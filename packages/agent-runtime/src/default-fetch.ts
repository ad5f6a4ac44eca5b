// The host fetch used when the caller injects none: global fetch with a timeout and a response-size cap.
import type { HostFetch, HostFetchResponse } from './agent-invocation-types.ts';
import { readCapped } from './read-capped.ts';

export function createDefaultFetch(limits: { timeoutMs: number; maxResponseBytes: number }): HostFetch {
  return async (url, init): Promise<HostFetchResponse> => {
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      // A redirect to another host must come back to the agent, so the permission check runs again.
      redirect: 'manual',
      signal: AbortSignal.any([init.signal, AbortSignal.timeout(limits.timeoutMs)]),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, headers, body: await readCapped(response, limits.maxResponseBytes) };
  };
}
