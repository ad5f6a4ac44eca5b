// Slot for tenants served on their own domain (e.g. agents.acme.com).
import type { Credentials, Identity } from './identity';

/**
 * Returns null for now: the tenancy issue for custom domains + ACME fills this in
 * (look up `creds.host` in tenancy's verified domains, cached like API keys).
 */
export async function resolveByCustomDomain(_creds: Credentials): Promise<Identity | null> {
  return null;
}
