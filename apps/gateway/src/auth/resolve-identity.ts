// The identity chain: the host first (custom domain, else subdomain of BASE_DOMAIN), then credentials (API key, else JWT).
import type { JWTVerifyGetKey } from 'jose';
import { ErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import { gatewayError } from '../errors';
import type { DomainDirectory } from '../domains/domain-directory';
import type { ApiKeyVerifier } from './api-key-verifier';
import type { OidcTokenVerifier } from './oidc-token-verifier';
import { ANONYMOUS, type Credentials, type Identity, type IdentityResolver } from './identity';
import { resolveByApiKey } from './resolve-by-api-key';
import { resolveByCustomDomain } from './resolve-by-custom-domain';
import { resolveByJwt } from './resolve-by-jwt';
import { resolveBySubdomain } from './resolve-by-subdomain';

export type ResolveIdentity = (creds: Credentials) => Promise<Identity>;

export interface IdentityChainDeps {
  apiKeys: ApiKeyVerifier;
  jwks: JWTVerifyGetKey;
  /** Bearer tokens whose issuer is not the platform (tenants' identity providers); absent → refused. */
  oidc?: OidcTokenVerifier;
  logger: Logger;
  /** Host → tenant look-ups; absent → hosts name no tenant (fixture graphs without tenancy). */
  domains?: DomainDirectory;
  /** `<slug>.<baseDomain>` addresses a tenant; null turns subdomains off. */
  baseDomain?: string | null;
}

/** First answer wins within each list; a bad credential throws inside its step and never falls through to anonymous. */
async function firstOf(steps: IdentityResolver[], creds: Credentials): Promise<Identity | null> {
  for (const step of steps) {
    const identity = await step(creds);
    if (identity) return identity;
  }
  return null;
}

const otherOrganisation = (host: string | null) =>
  gatewayError(ErrorCode.FORBIDDEN, `Credentials of another organisation on this domain: ${host ?? 'this host'} belongs to a different organisation than the API key or token. Use the organisation's own address or credentials.`, { status: 403 });

/**
 * The host and the credentials must agree on the tenant. Credentials without one (a user token with no `tid`)
 * act for the host's tenant (the access step then checks membership); no credentials → anonymous in that tenant.
 */
export function combine(site: Identity | null, caller: Identity | null, host: string | null): Identity {
  if (!site?.tenantId) return caller ?? ANONYMOUS;
  if (!caller) return { ...ANONYMOUS, tenantId: site.tenantId };
  if (caller.tenantId && caller.tenantId !== site.tenantId) throw otherOrganisation(host);
  return { ...caller, tenantId: site.tenantId };
}

export function createIdentityChain(deps: IdentityChainDeps): ResolveIdentity {
  const base = deps.baseDomain ?? null;
  const hostSteps: IdentityResolver[] = deps.domains ? [resolveByCustomDomain(deps.domains, base, deps.logger), resolveBySubdomain(deps.domains, base, deps.logger)] : [];
  const credentialSteps: IdentityResolver[] = [resolveByApiKey(deps.apiKeys, deps.logger), resolveByJwt(deps.jwks, deps.oidc)];
  return async (creds) => {
    const site = await firstOf(hostSteps, creds);
    const caller = await firstOf(credentialSteps, creds);
    return combine(site, caller, creds.host);
  };
}
