// Tokens from tenants' identity providers: find the provider the token names, verify it, provision the user.
import { decodeJwt } from 'jose';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../../db';
import { publishAccessChanged } from '../../access/access-changed';
import { createOidcVerifier, type OidcVerifier } from './oidc-provider';
import { IdentityProviderRepository, roleMappingOf, type IdentityProviderRow } from './identity-provider-repository';
import { provisionOidcUser } from './oidc-provisioning';

export type OidcVerdict =
  | { ok: true; tenantId: string; userId: string; roles: string[]; /** The token's `exp` (epoch seconds). */ expiresAt: number }
  | { ok: false; reason: string };

const MAX_TOKEN_LENGTH = 16_384;
const MAX_VERIFIERS = 1_000;

export interface OidcSignInDeps {
  db: Database;
  /** Finds the provider by issuer + audience before the tenant is known. */
  workerDb: Database;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
}

export class OidcSignInService {
  /** One verifier per provider (discovery and JWKS cached inside); replaced when the provider row changes. */
  private readonly verifiers = new Map<string, { version: number; verifier: OidcVerifier }>();

  constructor(private readonly d: OidcSignInDeps) {}

  /** A verdict for the gateway. Throws UNAVAILABLE (DomainError) when the provider cannot be reached: not the token's fault. */
  async verify(token: unknown, meta: Pick<RequestContext, 'requestId' | 'ip'>): Promise<OidcVerdict> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'token missing or too long' };
    let claims: { iss?: unknown; aud?: unknown; exp?: unknown };
    try {
      claims = decodeJwt(token);
    } catch {
      return { ok: false, reason: 'token malformed' };
    }
    const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.filter((a): a is string => typeof a === 'string') : [];
    if (typeof claims.iss !== 'string' || audiences.length === 0) return { ok: false, reason: 'token names no issuer or audience' };
    const issuer = claims.iss;
    const [provider, second] = await withSystem(this.d.workerDb, (tx) => IdentityProviderRepository.findForToken(tx, issuer, audiences));
    if (!provider) return { ok: false, reason: 'no organisation accepts tokens from this issuer for this audience' };
    // A token for several audiences that different organisations accept must not pick one of them by chance.
    if (second) return { ok: false, reason: 'the token names audiences of more than one organisation' };
    try {
      const identity = await this.verifierFor(provider).verify(token);
      if (!identity.email) return { ok: false, reason: `the identity provider sent no verified email (claim "${provider.emailClaim}")` };
      const user = await provisionOidcUser(this.d.db, { tenantId: provider.tenantId, identity: { ...identity, email: identity.email }, defaultRole: provider.defaultRole }, meta);
      if (user.changed) await publishAccessChanged(this.d.pubsub, { tenantId: provider.tenantId, userId: user.userId });
      return { ok: true, tenantId: provider.tenantId, userId: user.userId, roles: [user.role], expiresAt: Number(claims.exp) };
    } catch (e) {
      if (e instanceof DomainError && (e.code === ErrorCode.UNAUTHENTICATED || e.code === ErrorCode.QUOTA_EXCEEDED || e.code === ErrorCode.BAD_USER_INPUT)) {
        return { ok: false, reason: e.message };
      }
      throw e;
    }
  }

  private verifierFor(row: IdentityProviderRow): OidcVerifier {
    const version = row.updatedAt.getTime();
    const known = this.verifiers.get(row.id);
    if (known?.version === version) return known.verifier;
    const verifier = createOidcVerifier(
      {
        issuer: row.issuer,
        audience: row.audience,
        claimMapping: { email: row.emailClaim, roles: row.rolesClaim, roleMap: roleMappingOf(row), defaultRole: row.defaultRole },
      },
      { fetch: this.d.fetch },
    );
    this.verifiers.delete(row.id);
    this.verifiers.set(row.id, { version, verifier });
    if (this.verifiers.size > MAX_VERIFIERS) this.verifiers.delete(this.verifiers.keys().next().value!);
    return verifier;
  }
}
