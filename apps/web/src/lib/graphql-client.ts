// Minimal typed GraphQL-over-HTTP client shared by server components and the browser.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { serverEnv } from '../env';

export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export type RequestErrorKind = 'network' | 'http' | 'graphql';

/** Thrown when the gateway cannot be reached, answers badly, or returns top-level GraphQL errors. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    readonly kind: RequestErrorKind,
    readonly errors: readonly GraphQLErrorItem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }

  /** First `extensions.code`, e.g. UNAUTHENTICATED or FORBIDDEN. */
  get code(): string | undefined {
    return this.errors.find((error) => error.extensions?.code)?.extensions?.code;
  }

  get isUnreachable(): boolean {
    // A gateway that is down behind the /graphql route shows up as a bare 502 from Next itself.
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export interface RequestOptions {
  token?: string | null;
  signal?: AbortSignal;
  /** Overrides the endpoint; defaults to the gateway on the server and `/graphql` in the browser. */
  url?: string;
}

function endpoint(): string {
  return typeof window === 'undefined' ? serverEnv().gatewayUrl : '/graphql';
}

export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let response: Response;
  try {
    response = await fetch(options.url ?? endpoint(), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables }),
      cache: 'no-store',
      signal: options.signal ?? AbortSignal.timeout(10_000),
    });
  } catch (cause) {
    throw new GraphQLRequestError(`API unreachable: ${(cause as Error).message}`, 'network');
  }

  const body = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: GraphQLErrorItem[] } | null;
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), 'graphql', body.errors, response.status);
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError(`API answered HTTP ${response.status}`, 'http', [], response.status);
  }
  return body.data;
}
