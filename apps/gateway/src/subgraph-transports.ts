// Per-subgraph transports: HTTP for queries and mutations, graphql-ws for subscriptions, both carrying the signed context.
import type { TransportEntryAdditions } from '@graphql-hive/gateway-runtime';
import { CONTEXT_HEADER } from '@nexus/kernel/signed-context';
import { REQUEST_ID_HEADER } from './use-request-context';

export interface SubgraphUrls {
  http: string;
  ws: string;
}

// Interpolated per operation by the mesh transports from the GraphQL context (see use-request-context.ts).
const SIGNED = '{context.nexusSignedContext}';
const REQUEST_ID = '{context.nexusRequestId}';
const contextHeaders: [string, string][] = [
  [CONTEXT_HEADER, SIGNED],
  [REQUEST_ID_HEADER, REQUEST_ID],
];

/**
 * Keys are the lower-case join__graph names. Subgraphs read the context from the `x-nexus-context`
 * header over HTTP, and from connectionParams `{ "x-nexus-context": … }` (also sent as a header on the
 * WebSocket upgrade) over graphql-ws. A missing value is left out, so the subgraph refuses the call.
 */
export function subgraphTransportEntries(urls: Record<string, SubgraphUrls>): TransportEntryAdditions {
  const entries: TransportEntryAdditions = {};
  for (const [name, url] of Object.entries(urls)) {
    entries[name.toLowerCase()] = {
      kind: 'http',
      location: url.http,
      headers: contextHeaders,
      options: {
        subscriptions: {
          kind: 'ws',
          location: url.ws,
          headers: contextHeaders,
          options: { connectionParams: Object.fromEntries(contextHeaders) },
        },
      },
    };
  }
  return entries;
}
