// `Authorization: Bearer <jwt>` → user (and tenant, when the token names one). Platform tokens are verified here
// against tenancy's JWKS; tokens from a tenant's own identity provider are handed to tenancy (OidcTokenVerifier).
import { decodeJwt, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { unauthenticated, unavailable } from '../errors';
import type { Credentials, Identity, IdentityResolver } from './identity';
import { TenancyUnavailableError } from './api-key-verifier';
import type { OidcTokenVerifier } from './oidc-token-verifier';

export const JWT_ISSUER = 'nexus-forge';
export const JWT_AUDIENCE = 'nexus-forge';

const ZClaims = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1).optional(),
  roles: z.array(z.string()).default([]),
  scopes: z.array(z.string()).default([]),
});

/** Identity providers are https (plain http only on loopback, for tests); anything else cannot be one. */
function couldBeProvider(issuer: string): boolean {
  if (!URL.canParse(issuer)) return false;
  const url = new URL(issuer);
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}

export function resolveByJwt(getKey: JWTVerifyGetKey, oidc?: OidcTokenVerifier): IdentityResolver {
  return async function resolveByJwt(creds: Credentials): Promise<Identity | null> {
    if (!creds.authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(creds.authorization);
    if (!match?.[1]) throw unauthenticated('Unsupported Authorization header: send `Authorization: Bearer <token>`.');
    const token = match[1];
    let issuer: unknown;
    try {
      // Unverified, only to route the token: each path below verifies it in full.
      issuer = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('Invalid bearer token: it is not a well-formed JWT.');
    }
    if (issuer !== JWT_ISSUER && oidc) return resolveExternal(oidc, token, issuer, creds);
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, getKey, { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, algorithms: ['EdDSA'] }));
    } catch (e) {
      throw jwtFailure(e);
    }
    const claims = ZClaims.safeParse(payload);
    if (!claims.success) throw unauthenticated('Invalid bearer token: its claims are incomplete (sub, roles, scopes).');
    const { sub, tid, roles, scopes } = claims.data;
    return { tenantId: tid ?? null, userId: sub, roles, scopes, apiKeyId: null };
  };
}

async function resolveExternal(oidc: OidcTokenVerifier, token: string, issuer: unknown, creds: Credentials): Promise<Identity> {
  if (typeof issuer !== 'string' || !couldBeProvider(issuer)) {
    throw unauthenticated('Invalid bearer token: its issuer is neither this platform nor an identity provider (https URL).');
  }
  let verdict;
  try {
    verdict = await oidc.verify(token, creds.requestId, creds.clientIp);
  } catch (e) {
    if (e instanceof TenancyUnavailableError) throw unavailable('Cannot verify the bearer token right now (identity provider or tenancy unavailable); try again shortly.');
    throw e;
  }
  if (!verdict.ok) throw unauthenticated(`Bearer token from ${issuer} was refused: ${verdict.reason}.`);
  return { tenantId: verdict.tenantId, userId: verdict.userId, roles: verdict.roles, scopes: [], apiKeyId: null };
}

function jwtFailure(e: unknown) {
  if (e instanceof joseErrors.JWTExpired) return unauthenticated('Bearer token expired: sign in again or refresh it.');
  if (e instanceof joseErrors.JWKSTimeout) return unavailable('Cannot verify the bearer token right now (tenancy keys unavailable); try again shortly.');
  if (e instanceof joseErrors.JOSEError) return unauthenticated(`Invalid bearer token: ${e.message}.`);
  // Anything else is a failure to fetch the key set, not a verdict on the token.
  return unavailable('Cannot verify the bearer token right now (tenancy keys unavailable); try again shortly.');
}
