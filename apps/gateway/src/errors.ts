// GraphQL errors the gateway itself raises, with the HTTP status (and headers) Yoga should answer with.
import { GraphQLError } from 'graphql';
import { ErrorCode, type TErrorCode } from '@nexus/kernel/errors';

export interface GatewayErrorOptions {
  status: number;
  headers?: Record<string, string>;
  /** Extra machine-readable details (limit name, value, …) for clients. */
  details?: Record<string, unknown>;
}

/** Yoga reads `extensions.http` for the response status and headers and drops it from the body. */
export function gatewayError(code: TErrorCode, message: string, opts: GatewayErrorOptions): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...opts.details, http: { status: opts.status, ...(opts.headers ? { headers: opts.headers } : {}) } },
  });
}

export const unauthenticated = (message: string) => gatewayError(ErrorCode.UNAUTHENTICATED, message, { status: 401 });

export const unavailable = (message: string) => gatewayError(ErrorCode.UNAVAILABLE, message, { status: 503 });

export const tooComplex = (limit: string, value: number, max: number, message: string) =>
  gatewayError(ErrorCode.QUERY_TOO_COMPLEX, message, { status: 400, details: { limit, value, max } });
