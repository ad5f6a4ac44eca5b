// /healthz (the process is up) and /readyz (every subgraph answers a signed `{ __typename }`).
import type { ServerResponse } from 'node:http';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import type { SubgraphUrls } from './subgraph-transports';

export interface SubgraphHealth {
  name: string;
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'unavailable';
  subgraphs: SubgraphHealth[];
}

const PROBE_TIMEOUT_MS = 2000;

async function probe(name: string, url: string, contextSecret: string): Promise<SubgraphHealth> {
  const started = performance.now();
  const latency = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const ctx = anonymousContext();
    const res = await fetch(url, {
      method: 'POST',
      // Subgraphs refuse unsigned calls, so the probe signs an anonymous context like any gateway request.
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(ctx, contextSecret), 'x-request-id': ctx.requestId },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => null)) as { data?: { __typename?: string } } | null;
    if (res.ok && body?.data?.__typename) return { name, status: 'up', latencyMs: latency() };
    return { name, status: 'down', latencyMs: latency(), error: `HTTP ${res.status}` };
  } catch (e) {
    return { name, status: 'down', latencyMs: latency(), error: (e as Error).message };
  }
}

export async function checkReadiness(urls: Record<string, SubgraphUrls>, contextSecret: string): Promise<Readiness> {
  const subgraphs = await Promise.all(Object.entries(urls).map(([name, u]) => probe(name, u.http, contextSecret)));
  return { status: subgraphs.every((s) => s.status === 'up') ? 'ready' : 'unavailable', subgraphs };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
