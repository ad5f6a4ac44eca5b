// Forwards the CA's http-01 fetches (port 80 of the edge) to tenancy, which answers them from its challenge table.
import type { IncomingMessage, ServerResponse } from 'node:http';

const CHALLENGE_PATH = /^\/\.well-known\/acme-challenge\/[A-Za-z0-9_-]+$/;

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers `GET /.well-known/acme-challenge/<token>` from tenancy and returns true; false for any other request. */
export function handleAcmeChallenge(req: IncomingMessage, res: ServerResponse, path: string, tenancyHttpUrl: string, fetchImpl: typeof fetch = fetch): boolean {
  if (req.method !== 'GET' || !CHALLENGE_PATH.test(path)) return false;
  fetchImpl(new URL(path, tenancyHttpUrl), { signal: AbortSignal.timeout(5000) })
    .then(async (upstream) => {
      if (upstream.status === 200) return reply(res, 200, await upstream.text());
      if (upstream.status === 404) return reply(res, 404, 'Not found\n');
      reply(res, 502, 'Challenge store unavailable\n');
    })
    .catch(() => reply(res, 502, 'Challenge store unavailable\n'));
  return true;
}
