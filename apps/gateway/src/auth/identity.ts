// What a request presents (credentials) and what the gateway concludes from it (identity).
import type { RequestContext } from '@nexus/kernel/context';

/** Who is asking, before a request id is attached; becomes the signed RequestContext. */
export type Identity = Pick<RequestContext, 'tenantId' | 'userId' | 'roles' | 'scopes' | 'apiKeyId'>;

export const ANONYMOUS: Identity = { tenantId: null, userId: null, roles: [], scopes: [], apiKeyId: null };

/** Everything the resolvers may look at; HTTP headers and graphql-ws connectionParams look the same here. */
export interface Credentials {
  host: string | null;
  apiKey: string | null;
  authorization: string | null;
  requestId: string;
  /** The caller's address as the gateway saw it (API-key brute-force limits, last-used IP); absent in direct calls. */
  clientIp?: string;
}

/** One step of the resolution chain: null means "not mine, ask the next"; a throw means "credentials present but bad". */
export type IdentityResolver = (creds: Credentials) => Promise<Identity | null>;

type HeaderSource = Record<string, unknown> | undefined | null;

/** Case-insensitive lookup over several sources; the first non-empty string wins. */
export function headerValue(name: string, ...sources: HeaderSource[]): string | null {
  const wanted = name.toLowerCase();
  for (const source of sources) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source)) {
      if (key.toLowerCase() !== wanted) continue;
      const v = Array.isArray(value) ? value[0] : value;
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
    }
  }
  return null;
}
