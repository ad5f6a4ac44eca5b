// Hive/Yoga plugin: who is asking (identity chain), rate limits, then the signed context every subgraph call carries.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { Logger } from '@nexus/kernel/logger';
import type { RequestContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { type Credentials, headerValue } from './auth/identity';
import type { ResolveIdentity } from './auth/resolve-identity';
import { enforceRateLimit, type GatewayRateLimiters } from './rate-limit/enforce-rate-limit';
import { clientIpOf } from './client-ip';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What this plugin adds to the GraphQL context; the subgraph transports interpolate these names. */
export interface NexusContextFields {
  nexusContext: RequestContext;
  nexusSignedContext: string;
  nexusRequestId: string;
}

interface ServerContextLike {
  req?: IncomingMessage;
  connectionParams?: Record<string, unknown>;
}

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

function credentialsOf(request: Request | undefined, context: ServerContextLike, trustedProxies?: readonly string[]): Credentials & { clientIp: string } {
  const fromRequest = request ? Object.fromEntries(request.headers) : undefined;
  // Over graphql-ws the client sends credentials in connectionParams; the upgrade request's headers count too.
  const sources = [context.connectionParams, fromRequest, context.req?.headers as Record<string, unknown> | undefined];
  const incomingId = headerValue(REQUEST_ID_HEADER, ...sources);
  return {
    host: headerValue('host', fromRequest, context.req?.headers as Record<string, unknown> | undefined),
    apiKey: headerValue('x-api-key', ...sources),
    authorization: headerValue('authorization', ...sources),
    requestId: incomingId && SAFE_REQUEST_ID.test(incomingId) ? incomingId : randomUUID(),
    clientIp: clientIpOf(context.req, trustedProxies),
  };
}

export interface RequestContextPluginOptions {
  resolveIdentity: ResolveIdentity;
  rateLimiters: GatewayRateLimiters;
  contextSecret: string;
  logger: Logger;
  /** Peers whose X-Forwarded-For is believed (default: loopback, where the web app runs). */
  trustedProxies?: readonly string[];
}

export function useRequestContext(o: RequestContextPluginOptions): GatewayPlugin {
  const requestIds = new WeakMap<Request, string>();
  return {
    // onParams runs before parsing for HTTP and graphql-ws alike, so a refused caller costs no parse.
    async onParams({ request, context, setResult }) {
      const ctx = context as ServerContextLike & Partial<NexusContextFields>;
      const creds = credentialsOf(request as Request | undefined, ctx, o.trustedProxies);
      if (request) requestIds.set(request, creds.requestId);
      try {
        const identity = await o.resolveIdentity(creds);
        await enforceRateLimit(identity, creds.clientIp, o.rateLimiters, o.logger);
        const nexusContext: RequestContext = { requestId: creds.requestId, ...identity, permissions: [], limits: {}, ip: creds.clientIp };
        const fields: NexusContextFields = { nexusContext, nexusSignedContext: signContext(nexusContext, o.contextSecret), nexusRequestId: creds.requestId };
        Object.assign(ctx, fields);
      } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        setResult({ errors: [e] });
      }
    },
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set(REQUEST_ID_HEADER, id);
    },
  };
}

/** Client-sent copies of the gateway's own header are dropped at the door; only the gateway signs. */
export function stripForgedContext(headers: Record<string, unknown> | undefined): void {
  if (!headers) return;
  for (const key of Object.keys(headers)) if (key.toLowerCase() === CONTEXT_HEADER) delete headers[key];
}
