// Slot for tenants addressed by subdomain of BASE_DOMAIN (e.g. acme.nexus-forge.dev).
import type { Credentials, Identity } from './identity';

/**
 * Returns null for now: the tenancy issue for domains fills this in
 * (strip BASE_DOMAIN from `creds.host`, look the slug up in tenancy, cache it).
 */
export async function resolveBySubdomain(_creds: Credentials): Promise<Identity | null> {
  return null;
}
