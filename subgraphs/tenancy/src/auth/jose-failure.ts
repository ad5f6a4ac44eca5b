// Turns jose verification errors into domain errors that name what failed, without echoing the token or its claims.
import { errors } from 'jose';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';

function reasonFor(e: unknown): string | null {
  if (e instanceof errors.JWTExpired) return 'token expired';
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return 'issuer mismatch';
    if (e.claim === 'aud') return 'audience mismatch';
    if (e.claim === 'nbf') return 'token not yet valid';
    return `claim "${e.claim}" invalid`;
  }
  if (e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported) return 'algorithm not allowed';
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'signature invalid';
  if (e instanceof errors.JWKSNoMatchingKey) return 'signing key (kid) unknown';
  if (e instanceof errors.JWKSMultipleMatchingKeys) return 'signing key (kid) ambiguous';
  if (e instanceof errors.JWSInvalid || e instanceof errors.JWTInvalid || e instanceof errors.JWKInvalid) return 'token malformed';
  return null;
}

/**
 * UNAUTHENTICATED for anything wrong with the token itself; `null` for everything else (network, bugs),
 * so the caller decides. No `cause`: jose claim errors carry the decoded payload, which must not reach logs.
 */
export function joseFailure(e: unknown, subject: string): DomainError | null {
  if (e instanceof DomainError) return e;
  const reason = reasonFor(e);
  return reason ? new DomainError(ErrorCode.UNAUTHENTICATED, `${subject}: ${reason}`) : null;
}
