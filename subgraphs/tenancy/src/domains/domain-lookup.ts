// Answers for the gateway before any tenant is known: which tenant a Host names, and the certificate to serve for it.
import { open } from '@nexus/kernel/crypto/aead';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import type { TenancyConfig } from '../config';
import { DomainRepository } from './domain-repository';

export type HostResolution = { tenantId: string; kind: 'custom' | 'subdomain' } | { tenantId: null };

const MAX_HOST_LENGTH = 260;

/** `Shop.Example.com:443.` → `shop.example.com`; null for anything that cannot be a hostname. */
export function normalizeHost(host: unknown): string | null {
  if (typeof host !== 'string' || host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(name) && !name.startsWith('.') ? name : null;
}

export class DomainLookup {
  constructor(private readonly workerDb: Database, private readonly config: Pick<TenancyConfig, 'encryptionKey' | 'baseDomain' | 'cnameTarget'>) {}

  /**
   * `<slug>.<baseDomain>` → that tenant; a custom domain whose ownership is proven (verified, with or
   * without its certificate yet) → its tenant; anything else → no tenant.
   */
  async resolve(host: unknown): Promise<HostResolution> {
    const name = normalizeHost(host);
    // The edge's own name (customers' CNAME target) never addresses a tenant, whatever slugs exist.
    if (!name || name === this.config.cnameTarget.toLowerCase()) return { tenantId: null };
    const base = this.config.baseDomain?.toLowerCase();
    if (base && name.endsWith(`.${base}`)) {
      const slug = name.slice(0, -(base.length + 1));
      // One label only: `a.b.<base>` is not a tenant address.
      if (slug.includes('.')) return { tenantId: null };
      const tenant = await withSystem(this.workerDb, (tx) => tx.tenant.findUnique({ where: { slug }, select: { id: true } }));
      return tenant ? { tenantId: tenant.id, kind: 'subdomain' } : { tenantId: null };
    }
    const domain = await withSystem(this.workerDb, (tx) => DomainRepository.findByHostname(tx, name));
    return domain?.verifiedAt ? { tenantId: domain.tenantId, kind: 'custom' } : { tenantId: null };
  }

  /** The serving certificate and its decrypted key, or null when the host has none (yet). */
  async certificate(host: unknown): Promise<{ certPem: string; keyPem: string } | null> {
    const name = normalizeHost(host);
    if (!name) return null;
    const domain = await withSystem(this.workerDb, (tx) => DomainRepository.findByHostname(tx, name));
    const cert = domain?.verifiedAt ? domain.certificate : null;
    if (!cert) return null;
    return { certPem: cert.certificatePem, keyPem: open(this.config.encryptionKey, Buffer.from(cert.privateKeyEnc)).toString('utf8') };
  }
}
