// What the gateway makes of a Host header: a bare lower-case name, and whether it could address a tenant at all.
import { isIP } from 'node:net';

/** Gateways drop cached host look-ups and certificates for `{ hostname }` when tenancy publishes this. */
export const DOMAINS_CHANGED_TOPIC = 'domains.changed';

/** `Shop.Example.com:8443` / `shop.example.com.` → `shop.example.com`; null for an IP, a bracketed IPv6 or junk. */
export function bareHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return null;
  const name = trimmed.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name) || name.length > 253 || isIP(name) !== 0) return null;
  return name;
}

/** The single label in front of `.<baseDomain>`, or null when the host is not a tenant subdomain. */
export function subdomainSlug(host: string, baseDomain: string | null | undefined): string | null {
  const base = baseDomain?.toLowerCase().replace(/\.$/, '');
  if (!base || !host.endsWith(`.${base}`)) return null;
  const slug = host.slice(0, -(base.length + 1));
  return slug && !slug.includes('.') ? slug : null;
}

/** Hosts that can never be a customer's domain, so asking tenancy would be a wasted round trip. */
export function mayBeCustomDomain(host: string, baseDomain: string | null | undefined): boolean {
  if (!host.includes('.') || host === 'localhost' || host.endsWith('.localhost')) return false;
  const base = baseDomain?.toLowerCase();
  return !base || (host !== base && !host.endsWith(`.${base}`));
}
