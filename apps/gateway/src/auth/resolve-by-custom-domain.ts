// Tenants served on their own verified domain (e.g. agents.acme.com): the Host names the tenant.
import type { Logger } from '@nexus/kernel/logger';
import { unavailable } from '../errors';
import { DomainLookupUnavailableError, type DomainDirectory, type THostTenant } from '../domains/domain-directory';
import { bareHost, mayBeCustomDomain } from '../domains/host-name';
import { ANONYMOUS, type Credentials, type Identity, type IdentityResolver } from './identity';

/** The directory's answer, with an outage turned into UNAVAILABLE (never a guess at the tenant). */
export async function lookUpHost(directory: DomainDirectory, host: string, creds: Credentials, logger: Logger): Promise<THostTenant | null> {
  try {
    return await directory.resolve(host, creds.requestId);
  } catch (e) {
    if (!(e instanceof DomainLookupUnavailableError)) throw e;
    logger.error({ err: e, host }, 'domain look-up failed');
    throw unavailable(`Cannot tell which organisation ${host} belongs to right now (tenancy is unavailable); try again shortly.`);
  }
}

/** The host's tenant, as an identity with no caller yet; null for hosts that are not a verified custom domain. */
export function resolveByCustomDomain(directory: DomainDirectory, baseDomain: string | null, logger: Logger): IdentityResolver {
  return async function resolveByCustomDomain(creds: Credentials): Promise<Identity | null> {
    const host = bareHost(creds.host);
    if (!host || !mayBeCustomDomain(host, baseDomain)) return null;
    const found = await lookUpHost(directory, host, creds, logger);
    return found?.kind === 'custom' ? { ...ANONYMOUS, tenantId: found.tenantId } : null;
  };
}
