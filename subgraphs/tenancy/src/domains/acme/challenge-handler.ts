// node:http handler that answers the CA's http-01 requests and nothing else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChallengeLookup } from './challenge-store';

const CHALLENGE_PATH = /^\/\.well-known\/acme-challenge\/([A-Za-z0-9_-]+)$/;

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers `GET /.well-known/acme-challenge/<token>` for tokens the store knows; 404 for everything else. */
export function createChallengeHandler(store: ChallengeLookup): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    // Only the path decides; a query string is ignored, as the CA never sends one.
    const path = (req.url ?? '').split('?')[0] ?? '';
    const token = req.method === 'GET' ? CHALLENGE_PATH.exec(path)?.[1] : undefined;
    if (!token) return send(res, 404, 'Not found\n');
    Promise.resolve(store.get(token)).then(
      (keyAuthorization) => (keyAuthorization === undefined ? send(res, 404, 'Not found\n') : send(res, 200, keyAuthorization)),
      () => send(res, 500, 'Challenge store unavailable\n'),
    );
  };
}
