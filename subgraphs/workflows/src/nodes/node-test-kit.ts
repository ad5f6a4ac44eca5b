// Test helpers for step executors: a loopback HTTP server that counts requests, a plan node, fake services.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlanNode } from '../graph/compile-workflow';
import type { ExecutorContext, NodeResult } from '../engine/engine-types';
import type { NodeServices, RunScope } from './step-executors';

export interface SeenRequest { method: string; url: string; headers: IncomingMessage['headers']; body: string }

export async function loopbackServer(handle: (req: SeenRequest, res: ServerResponse) => void) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(r);
      handle(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const SCOPE: RunScope = { tenantId: 'tenant-1', runId: 'run-1', workflowId: 'wf-1' };

export function fakeServices(o: { secrets?: Record<string, string>; hosts?: string[] } & Partial<NodeServices> = {}) {
  const secretCalls: string[] = [];
  const services: NodeServices = {
    secret: async (_tenantId, name) => { secretCalls.push(name); return o.secrets?.[name] ?? null; },
    allowedHosts: async () => o.hosts ?? ['127.0.0.1'],
    // The fake servers listen on loopback, which production refuses (see public-address.ts).
    allowPrivateNetworks: o.allowPrivateNetworks ?? true,
    agents: o.agents ?? { invoke: async () => { throw new Error('agents not wired in this test'); } },
    subWorkflows: o.subWorkflows ?? { run: async () => { throw new Error('sub-workflows not wired in this test'); } },
    fetch: o.fetch,
  };
  return { services, secretCalls };
}

export function ctxFor(type: string, config: Record<string, unknown>, input: unknown, signal = new AbortController().signal): ExecutorContext {
  const node: PlanNode = { id: `${type}-1`, type, config, inputs: [], outputs: {} };
  return { node, input, attempt: 1, signal, now: 1_000 };
}

/** The error an executor rejected with, as the engine would record it. */
export async function failure(run: Promise<NodeResult>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (error) {
    return { code: String((error as { code?: unknown }).code), message: (error as Error).message };
  }
  throw new Error('expected the executor to fail');
}
