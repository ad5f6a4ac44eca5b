// The identity chain, in order: custom domain, subdomain, API key, JWT; no credentials at all → anonymous.
import type { JWTVerifyGetKey } from 'jose';
import type { Logger } from '@nexus/kernel/logger';
import type { ApiKeyVerifier } from './api-key-verifier';
import { ANONYMOUS, type Credentials, type Identity, type IdentityResolver } from './identity';
import { resolveByApiKey } from './resolve-by-api-key';
import { resolveByCustomDomain } from './resolve-by-custom-domain';
import { resolveByJwt } from './resolve-by-jwt';
import { resolveBySubdomain } from './resolve-by-subdomain';

export type ResolveIdentity = (creds: Credentials) => Promise<Identity>;

export function createIdentityChain(deps: { apiKeys: ApiKeyVerifier; jwks: JWTVerifyGetKey; logger: Logger }): ResolveIdentity {
  const chain: IdentityResolver[] = [resolveByCustomDomain, resolveBySubdomain, resolveByApiKey(deps.apiKeys, deps.logger), resolveByJwt(deps.jwks)];
  return async (creds) => {
    // First answer wins. Bad credentials throw UNAUTHENTICATED inside a step; they never fall through to anonymous.
    for (const resolve of chain) {
      const identity = await resolve(creds);
      if (identity) return identity;
    }
    return ANONYMOUS;
  };
}
