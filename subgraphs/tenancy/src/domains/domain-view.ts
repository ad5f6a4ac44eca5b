// A domain row as the GraphQL `Domain` type: ISO dates, the records to set, the certificate without its key.
import type { Domain } from '../generated/resolvers-types';
import { recordsOf, type RoutingTargets } from './domain-records';
import type { DomainWithCertificate } from './domain-repository';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function toDomainView(row: DomainWithCertificate, targets: RoutingTargets): Domain {
  const cert = row.certificate;
  return {
    id: row.id,
    hostname: row.hostname,
    status: row.status,
    records: recordsOf(row, targets),
    verifiedAt: iso(row.verifiedAt),
    lastCheckedAt: iso(row.lastCheckedAt),
    nextCheckAt: iso(row.nextCheckAt),
    lastError: row.lastError,
    certificate: cert
      ? { issuer: cert.issuer, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString(), issuedAt: cert.issuedAt.toISOString(), lastRenewError: cert.lastRenewError }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}
