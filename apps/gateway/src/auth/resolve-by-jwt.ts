// `Authorization: Bearer <jwt>` → user (and tenant, when the token names one), verified against tenancy's JWKS.
import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { unauthenticated, unavailable } from '../errors';
import type { Credentials, Identity, IdentityResolver } from './identity';

export const JWT_ISSUER = 'nexus-forge';
export const JWT_AUDIENCE = 'nexus-forge';

const ZClaims = z.object({
  sub: z.string().min(1),
  tid: z.string().min(1).optional(),
  roles: z.array(z.string()).default([]),
  scopes: z.array(z.string()).default([]),
});

export function resolveByJwt(getKey: JWTVerifyGetKey): IdentityResolver {
  return async function resolveByJwt(creds: Credentials): Promise<Identity | null> {
    if (!creds.authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(creds.authorization);
    if (!match?.[1]) throw unauthenticated('Unsupported Authorization header: send `Authorization: Bearer <token>`.');
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], getKey, { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, algorithms: ['EdDSA'] }));
    } catch (e) {
      throw jwtFailure(e);
    }
    const claims = ZClaims.safeParse(payload);
    if (!claims.success) throw unauthenticated('Invalid bearer token: its claims are incomplete (sub, roles, scopes).');
    const { sub, tid, roles, scopes } = claims.data;
    return { tenantId: tid ?? null, userId: sub, roles, scopes, apiKeyId: null };
  };
}

function jwtFailure(e: unknown) {
  if (e instanceof joseErrors.JWTExpired) return unauthenticated('Bearer token expired: sign in again or refresh it.');
  if (e instanceof joseErrors.JWKSTimeout) return unavailable('Cannot verify the bearer token right now (tenancy keys unavailable); try again shortly.');
  if (e instanceof joseErrors.JOSEError) return unauthenticated(`Invalid bearer token: ${e.message}.`);
  // Anything else is a failure to fetch the key set, not a verdict on the token.
  return unavailable('Cannot verify the bearer token right now (tenancy keys unavailable); try again shortly.');
}
