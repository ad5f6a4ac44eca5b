// Forwards public workflow webhooks (`/webhooks/<workflowId>/<secret>/…`) to the workflows subgraph, body and all.
// No identity is resolved here: the secret in the URL is the credential, and workflows checks it.
import type { IncomingMessage, ServerResponse } from 'node:http';

const WEBHOOK_PATH = /^\/webhooks\/[^/]+\/[^/]+(\/.*)?$/;
/** The subgraph refuses bodies over its 1 MB limit with a clear answer; this only stops a body without end. */
const MAX_FORWARD_BYTES = 2 * 1024 * 1024;
const FORWARDED = ['content-type', 'user-agent', 'accept'];

function reply(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { code, message } }));
}

/** Handles the request and returns true when it is a webhook; false for any other request. */
export function handleWebhook(req: IncomingMessage, res: ServerResponse, path: string, workflowsHttpUrl: string | undefined, fetchImpl: typeof fetch = fetch): boolean {
  if (!WEBHOOK_PATH.test(path)) return false;
  if (!workflowsHttpUrl) {
    reply(res, 503, 'UNAVAILABLE', 'Workflows are not served here.');
    return true;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_FORWARD_BYTES) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > MAX_FORWARD_BYTES) return reply(res, 413, 'PAYLOAD_TOO_LARGE', 'The body is larger than the 1 MB a webhook accepts.');
    const headers: Record<string, string> = {};
    for (const [name, v] of Object.entries(req.headers)) {
      if (typeof v !== 'string' || name === 'x-nexus-context') continue;
      if (FORWARDED.includes(name) || name.startsWith('x-')) headers[name] = v;
    }
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);
    fetchImpl(new URL(req.url ?? path, workflowsHttpUrl), { method, headers, ...(body ? { body } : {}), signal: AbortSignal.timeout(15_000) })
      .then(async (upstream) => {
        const text = await upstream.text();
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' });
        res.end(text);
      })
      .catch(() => reply(res, 502, 'UNAVAILABLE', 'The workflows service did not answer; try again.'));
  });
  return true;
}
