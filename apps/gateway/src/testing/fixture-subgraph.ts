// Test helper: one small federated subgraph (Apollo + express 5 + graphql-ws) that trusts only the gateway's signed context.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express, { type Express } from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';

export interface SubgraphContext {
  nexus: RequestContext;
}

export interface FixtureSubgraph {
  httpUrl: string;
  wsUrl: string;
  /** GraphQL calls that reached this subgraph (HTTP POSTs and WebSocket operations). */
  hits: number;
  /** Every verified context, in arrival order, with the x-request-id header next to it. */
  seen: { ctx: RequestContext; requestIdHeader: string | undefined; transport: 'http' | 'ws' }[];
  close(): Promise<void>;
}

function verified(header: unknown, secret: string): RequestContext {
  try {
    return verifyContext(typeof header === 'string' ? header : undefined, secret);
  } catch (e) {
    throw new GraphQLError((e as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export async function startFixtureSubgraph(opts: {
  typeDefs: DocumentNode;
  // Loosely typed on purpose: fixtures are tiny and @apollo/subgraph does not export its resolver map type.
  resolvers: Record<string, unknown>;
  secret: string;
  /** Extra plain HTTP routes (the fake tenancy's /internal and JWKS endpoints). */
  routes?: (app: Express) => void;
}): Promise<FixtureSubgraph> {
  const schema = buildSubgraphSchema({ typeDefs: opts.typeDefs, resolvers: opts.resolvers as never });
  const app = express();
  const httpServer: Server = createServer(app);
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const state: Omit<FixtureSubgraph, 'close' | 'httpUrl' | 'wsUrl'> = { hits: 0, seen: [] };

  const wsServer = useServer<Record<string, unknown>, { nexus?: RequestContext }>(
    {
      schema,
      // Refuse the connection outright without a valid signed context, as the real subgraphs do.
      onConnect: (ctx) => {
        try {
          ctx.extra.nexus = verified(ctx.connectionParams?.[CONTEXT_HEADER], opts.secret);
          state.seen.push({ ctx: ctx.extra.nexus, requestIdHeader: ctx.connectionParams?.['x-request-id'] as string | undefined, transport: 'ws' });
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: () => {
        state.hits++;
      },
      context: (ctx): SubgraphContext => ({ nexus: ctx.extra.nexus! }),
    },
    wss,
  );

  const apollo = new ApolloServer<SubgraphContext>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();
  opts.routes?.(app);
  app.use('/graphql', (req, _res, next) => {
    if (req.method === 'POST') state.hits++;
    next();
  });
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const nexus = verified(req.headers[CONTEXT_HEADER], opts.secret);
        state.seen.push({ ctx: nexus, requestIdHeader: req.headers['x-request-id'] as string | undefined, transport: 'http' });
        return { nexus };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return Object.assign(state, {
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    // Idempotent: a test may take a subgraph down early and the suite closes everything again at the end.
    close() {
      closing ??= shutdown();
      return closing;
    },
  });

  async function shutdown() {
    await wsServer.dispose();
    for (const c of wss.clients) c.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
    await apollo.stop();
    httpServer.closeAllConnections();
    await new Promise<void>((r) => httpServer.close(() => r()));
  }
}
