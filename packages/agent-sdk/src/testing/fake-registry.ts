// Test helper: a tiny GraphQL registry on 127.0.0.1 that records requests and answers with canned JSON.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, any> };
  /** How many `data` chunks the body arrived in (the client streams large bodies). */
  chunks: number;
}

export type Responder = (req: RecordedRequest) => { status?: number; json: unknown };

export async function startFakeRegistry(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        chunks: chunks.length,
      };
      requests.push(recorded);
      const { status = 200, json } = respond(recorded);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
