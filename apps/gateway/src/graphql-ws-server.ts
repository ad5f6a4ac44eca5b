// graphql-ws on the gateway's HTTP server: the Hive runtime executes, credentials come from connectionParams.
import type { IncomingMessage, Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { getGraphQLWSOptions, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '@nexus/kernel/logger';
import { stripForgedContext } from './use-request-context';

type Operation = NonNullable<ServerOptions['execute']>;

export function attachGraphQLWS(server: Server | HttpsServer, runtime: GatewayRuntime, path: string, logger: Logger): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path });
  const options = getGraphQLWSOptions(runtime, (ctx) => {
    const req = (ctx.extra as { request?: IncomingMessage }).request;
    stripForgedContext(req?.headers);
    const connectionParams = { ...(ctx.connectionParams ?? {}) };
    stripForgedContext(connectionParams);
    // `req` gives the runtime the upgrade request's headers and us the client address.
    return { req, connectionParams };
  });

  // A refused operation (token limit, syntax error) must end that operation, not the client's whole socket.
  const guarded = (run: Operation): Operation => async (args) => {
    try {
      return await run(args);
    } catch (e) {
      if (e instanceof GraphQLError) return { errors: [e] } satisfies ExecutionResult;
      logger.error({ err: e }, 'graphql-ws operation failed');
      return { errors: [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL' } })] };
    }
  };
  const wsServer = useServer({ ...options, execute: guarded(options.execute!), subscribe: guarded(options.subscribe!) }, wss);

  return {
    async close() {
      await wsServer.dispose();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
