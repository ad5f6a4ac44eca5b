// Tenants addressed by subdomain of BASE_DOMAIN (e.g. acme.nexus-forge.dev): the slug in front names the tenant.
import type { Logger } from '@nexus/kernel/logger';
import type { DomainDirectory } from '../domains/domain-directory';
import { bareHost, subdomainSlug } from '../domains/host-name';
import { ANONYMOUS, type Credentials, type Identity, type IdentityResolver } from './identity';
import { lookUpHost } from './resolve-by-custom-domain';

/** Same cached look-up as custom domains (tenancy answers both); null without BASE_DOMAIN or for other hosts. */
export function resolveBySubdomain(directory: DomainDirectory, baseDomain: string | null, logger: Logger): IdentityResolver {
  return async function resolveBySubdomain(creds: Credentials): Promise<Identity | null> {
    const host = bareHost(creds.host);
    if (!host || !subdomainSlug(host, baseDomain)) return null;
    const found = await lookUpHost(directory, host, creds, logger);
    return found?.kind === 'subdomain' ? { ...ANONYMOUS, tenantId: found.tenantId } : null;
  };
}
