// One Apollo subgraph server: HTTP + graphql-ws on /graphql, trusting only the gateway's signed context.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { runWithContext, type RequestContext } from '../context';
import { CONTEXT_HEADER, verifyContext } from '../signed-context';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import { makeFormatError } from './format-error';

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  typeDefs: string;
  // Resolver maps are structurally typed by codegen; Apollo's own map type is looser.
  resolvers: unknown;
  contextSecret: string;
  logger: Logger;
  makeContext: (req: RequestContext) => TContext;
  /** Largest accepted JSON body (express syntax); default 1mb. The marketplace takes base64 packages. */
  bodyLimit?: string;
  /** Extra routes (JWKS, internal endpoints) mounted before /graphql. */
  configure?: (app: Express) => void;
}

export interface SubgraphServer<TContext extends object> {
  app: Express;
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const unauthenticated = (res: Response, message: string) =>
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

export async function createSubgraphServer<TContext extends object>(opts: SubgraphServerOptions<TContext>): Promise<SubgraphServer<TContext>> {
  const schema = buildSubgraphSchema({ typeDefs: parse(opts.typeDefs), resolvers: opts.resolvers as GraphQLResolverMap<unknown> });
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const verify = (header: unknown) => verifyContext(typeof header === 'string' ? header : undefined, opts.contextSecret);

  const wsCleanup = useServer<Record<string, unknown>, { nexus?: RequestContext }>(
    {
      schema,
      onConnect: (ctx) => {
        try {
          ctx.extra.nexus = verify(ctx.connectionParams?.[CONTEXT_HEADER] ?? ctx.extra.request.headers[CONTEXT_HEADER]);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => opts.makeContext(ctx.extra.nexus!),
    },
    wsServer,
  );

  const apollo = new ApolloServer<TContext>({
    schema,
    formatError: makeFormatError(opts.logger),
    introspection: true,
    // The process owner (start script, main.ts) handles signals and calls close(); Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      // In-flight requests get a short grace period; idle keep-alive sockets are closed at once in close().
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3_000 }),
      // Federated tracing is for Apollo Studio, which this platform does not report to.
      ApolloServerPluginInlineTraceDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok', subgraph: opts.name }); });
  opts.configure?.(app);
  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? '1mb' }),
    (req: Request, res: Response, next: NextFunction) => {
      let ctx: RequestContext;
      try {
        ctx = verify(req.headers[CONTEXT_HEADER]);
      } catch (e) {
        unauthenticated(res, e instanceof DomainError ? e.message : 'Unauthenticated');
        return;
      }
      res.locals.nexus = ctx;
      runWithContext(ctx, () => next());
    },
    expressMiddleware(apollo, { context: async ({ res }) => opts.makeContext(res.locals.nexus as RequestContext) }),
  );

  return {
    app,
    schema,
    apollo,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          opts.logger.info({ port: actual }, `${opts.name} subgraph listening`);
          resolve({ url: `http://${host}:${actual}/graphql`, port: actual });
        });
      }),
    close: async () => {
      for (const client of wsServer.clients) client.terminate();
      httpServer.closeIdleConnections();
      await apollo.stop();
      await new Promise<void>((r) => wsServer.close(() => r()));
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
