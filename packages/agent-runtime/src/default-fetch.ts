// The host fetch used when the caller injects none: global fetch with a timeout and a response-size cap.
import type { HostFetch, HostFetchResponse } from './agent-invocation-types.ts';

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

// Reads the body chunk by chunk so a huge response is cut off without being buffered whole.
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`Response body exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
