// Hive/Yoga plugin: who is asking (identity chain), rate limits, then the signed context every subgraph call carries.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { Logger } from '@nexus/kernel/logger';
import type { RequestContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { type Credentials, type Identity, headerValue } from './auth/identity';
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

/** What tenancy says the identified caller may do in their tenant (permissions, plan limits). */
export interface AccessGrant {
  permissions: string[];
  limits: Record<string, number>;
  /** Roles as tenancy sees them now (membership, or the API key creator's); replaces the credential's claim. */
  roles?: string[];
}

/** Turns an identity into its grant; throws FORBIDDEN (a GraphQLError) when the caller is not a member. */
export type ResolveAccess = (identity: Identity, creds: Credentials & { clientIp: string }) => Promise<AccessGrant>;

/** Per-tenant plan enforcement and metering, run after access is known. */
export interface PlanGuard {
  /** Throws RATE_LIMITED/QUOTA_EXCEEDED (GraphQLError) when the tenant's per-minute plan limit is spent. */
  enforce(ctx: RequestContext): Promise<void>;
  /** Counts one request for usage metering (never throws, never waits). */
  record(ctx: RequestContext): void;
}

const NO_ACCESS: ResolveAccess = async () => ({ permissions: [], limits: {} });

export interface RequestContextPluginOptions {
  resolveIdentity: ResolveIdentity;
  /** Default: no permissions (fixture graphs without tenancy's access endpoint). */
  resolveAccess?: ResolveAccess;
  planGuard?: PlanGuard;
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
        const access = identity.tenantId ? await (o.resolveAccess ?? NO_ACCESS)(identity, creds) : { permissions: [], limits: {} };
        const nexusContext: RequestContext = {
          requestId: creds.requestId,
          ...identity,
          roles: access.roles ?? identity.roles,
          permissions: access.permissions,
          limits: access.limits,
          ip: creds.clientIp,
        };
        if (o.planGuard && nexusContext.tenantId) {
          // Anonymous visitors of a tenant's domain are metered but limited per IP above, not against the tenant's plan.
          if (nexusContext.userId || nexusContext.apiKeyId) await o.planGuard.enforce(nexusContext);
          o.planGuard.record(nexusContext);
        }
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
