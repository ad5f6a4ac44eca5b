// Maps a verified external token's claims to a platform identity with tenant roles.
import type { JWTPayload } from 'jose';
import type { TClaimMapping, TTenantRole } from './oidc-provider';

export interface OidcIdentity {
  subject: string;
  email?: string;
  /** The `name` claim, for a just-in-time account's display name. */
  name?: string;
  roles: TTenantRole[];
}

function externalRoles(value: unknown): string[] {
  // Providers send groups as an array, or (like OAuth `scope`) as one space-separated string.
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === 'string');
  return [];
}

export function mapOidcClaims(payload: JWTPayload, mapping: TClaimMapping): OidcIdentity {
  // jwtVerify ran with requiredClaims ['sub'], so sub is a present string here.
  const subject = String(payload[mapping.subject]);
  const roles = new Set<TTenantRole>();
  for (const role of mapping.roles ? externalRoles(payload[mapping.roles]) : []) {
    // hasOwn: a role named "constructor" or "__proto__" must not reach Object.prototype.
    if (Object.hasOwn(mapping.roleMap, role)) roles.add(mapping.roleMap[role]!);
  }
  const identity: OidcIdentity = { subject, roles: roles.size > 0 ? [...roles] : [mapping.defaultRole] };
  const email = mapping.email ? payload[mapping.email] : undefined;
  // A provider that says the address is unverified gives us no reason to trust it for matching accounts.
  if (typeof email === 'string' && payload.email_verified !== false) identity.email = email;
  if (typeof payload.name === 'string' && payload.name.trim()) identity.name = payload.name.trim().slice(0, 100);
  return identity;
}
