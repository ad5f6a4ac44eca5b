// Test helper: a stand-in for tenancy's usage endpoint that records what the meter sends and can be told to fail.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';
import type { ApiRequestSample } from './api-request-meter';

export interface UsageTestServer {
  url: string;
  received: ApiRequestSample[][];
  /** HTTP status to answer with instead of 204 (e.g. 503), until set back to undefined. */
  failWith: number | undefined;
  /** Totals per tenant of everything received. */
  totals(): Record<string, number>;
  close(): Promise<void>;
}

export async function startUsageTestServer(secret: string): Promise<UsageTestServer> {
  const state: Pick<UsageTestServer, 'received' | 'failWith'> = { received: [], failWith: undefined };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      try {
        verifyContext(req.headers[CONTEXT_HEADER] as string | undefined, secret);
      } catch {
        return void res.writeHead(401).end();
      }
      if (state.failWith) return void res.writeHead(state.failWith).end();
      state.received.push((JSON.parse(body) as { samples: ApiRequestSample[] }).samples);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    totals() {
      const out: Record<string, number> = {};
      for (const s of state.received.flat()) out[s.tenantId] = (out[s.tenantId] ?? 0) + s.count;
      return out;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
