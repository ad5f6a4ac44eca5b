// A tenant's external OpenID Connect provider: its configuration and a verifier for the tokens it issues.
import { createRemoteJWKSet, customFetch, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { joseFailure } from '../jose-failure';
import { discover, isAllowedProviderUrl } from './oidc-discovery';
import { mapOidcClaims, type OidcIdentity } from './map-oidc-claims';

/** A built-in role (OWNER, ADMIN, MEMBER, VIEWER) or a custom role's name; whether it exists is the tenant's business. */
const ZTenantRole = z.string().trim().min(1).max(40);
export type TTenantRole = z.infer<typeof ZTenantRole>;

export const ZClaimMapping = z.object({
  // Only `sub` is stable and unique per issuer; emails and names get reassigned.
  subject: z.literal('sub').default('sub'),
  email: z.string().min(1).optional(),
  /** Claim holding the external roles, as a string or string[]. */
  roles: z.string().min(1).optional(),
  roleMap: z.record(z.string(), ZTenantRole).default({}),
  // Never OWNER by default: anyone the provider vouches for would own the organisation.
  defaultRole: ZTenantRole.refine((r) => r.toUpperCase() !== 'OWNER', 'must not be OWNER'),
});
export type TClaimMapping = z.infer<typeof ZClaimMapping>;

export const ZOidcProviderConfig = z.object({
  issuer: z.string().refine(isAllowedProviderUrl, 'must be an https URL (http only on 127.0.0.1/localhost)'),
  audience: z.string().min(1),
  /** When set, a token naming an authorized party (azp) must name this client. */
  clientId: z.string().min(1).optional(),
  claimMapping: ZClaimMapping,
});
export type TOidcProviderConfig = z.input<typeof ZOidcProviderConfig>;

// Asymmetric only: with HS* a verifier holding the public key could be fed tokens "signed" with it.
const ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'PS256'];
const CLOCK_TOLERANCE_SECONDS = 30;

export interface OidcVerifier {
  verify(token: string): Promise<OidcIdentity>;
}

export function createOidcVerifier(input: TOidcProviderConfig, deps: { fetch?: typeof fetch } = {}): OidcVerifier {
  const config = parseInput(ZOidcProviderConfig, input);
  const fetchImpl = deps.fetch ?? fetch;
  const subject = `token from ${config.issuer}`;
  // One discovery per verifier; a failed one is forgotten so the next request retries. Key rotation at the
  // provider is handled by the remote JWKS set, which refetches on an unknown kid.
  let keys: Promise<JWTVerifyGetKey> | null = null;
  const getKeys = (): Promise<JWTVerifyGetKey> => {
    if (keys) return keys;
    const pending = discover(config.issuer, fetchImpl).then((doc) =>
      createRemoteJWKSet(new URL(doc.jwks_uri), { [customFetch]: (url, init) => fetchImpl(url, init) }),
    );
    pending.catch(() => {
      if (keys === pending) keys = null;
    });
    return (keys = pending);
  };

  return {
    async verify(token) {
      const jwks = await getKeys();
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['sub', 'exp'],
        });
        if (config.clientId && payload.azp !== undefined && payload.azp !== config.clientId) {
          throw new DomainError(ErrorCode.UNAUTHENTICATED, `${subject}: authorized party (azp) mismatch`);
        }
        return mapOidcClaims(payload, config.claimMapping);
      } catch (e) {
        const failure = joseFailure(e, subject);
        if (failure) throw failure;
        // Anything else is the provider's JWKS endpoint failing (network, timeout, bad JSON), not the token.
        throw new DomainError(ErrorCode.UNAVAILABLE, `identity provider ${config.issuer}: JWKS unavailable`, { cause: e });
      }
    },
  };
}
