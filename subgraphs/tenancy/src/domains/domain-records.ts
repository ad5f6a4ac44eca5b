// The DNS records a customer sets for a custom domain, and what the last check said about each.
//
// The schema keeps no per-record check result, only `lastError`; so a check writes one line per unmet
// requirement there, each starting with a fixed tag, and `satisfied` is read back from those lines.
import type { DnsObservation } from './dns-check';
import { verificationRecordName, verificationValue } from './dns-check';

export interface DnsRecordView {
  type: 'TXT' | 'CNAME' | 'A';
  name: string;
  value: string;
  purpose: string;
  satisfied: boolean;
}

export interface RoutingTargets {
  cnameTarget: string;
  edgeIpv4: string | null;
}

export interface DomainCheckState {
  hostname: string;
  verificationToken: string;
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
  lastError: string | null;
}

const TXT_TAG = 'TXT record';
const TRAFFIC_TAG = 'Traffic:';
const CERTIFICATE_TAG = 'Certificate:';

const seen = (values: string[]) => (values.length ? values.map((v) => JSON.stringify(v)).join(', ') : 'nothing');

/** Lines for each requirement the observation does not meet; empty when all is in place. */
export function dnsProblems(hostname: string, token: string, dns: DnsObservation, targets: RoutingTargets): string[] {
  const problems: string[] = [];
  const txtName = verificationRecordName(hostname);
  if (dns.txt.error) problems.push(`${TXT_TAG} ${txtName} could not be looked up (${dns.txt.error}); will retry.`);
  else if (!dns.txt.values.includes(verificationValue(token))) problems.push(`${TXT_TAG} ${txtName} does not hold ${verificationValue(token)} (saw ${seen(dns.txt.values)}).`);
  if (!routed(dns, targets)) {
    const viaA = targets.edgeIpv4 ? ` nor an A record ${targets.edgeIpv4} (saw ${seen(dns.a.values)})` : '';
    problems.push(`${TRAFFIC_TAG} ${hostname} has no CNAME to ${targets.cnameTarget} (saw ${seen(dns.cname.values)})${viaA}.`);
  }
  return problems;
}

/** Ownership is proven by the TXT record alone. */
export const ownershipProven = (token: string, dns: DnsObservation) => dns.txt.values.includes(verificationValue(token));

/** Traffic reaches the platform through either the CNAME or, for apex domains, the A record. */
function routed(dns: DnsObservation, targets: RoutingTargets): boolean {
  if (dns.cname.values.includes(targets.cnameTarget.toLowerCase())) return true;
  return targets.edgeIpv4 !== null && dns.a.values.includes(targets.edgeIpv4);
}

/** The DNS lines of a stored lastError, without any certificate failure. */
export const dnsLinesOf = (lastError: string | null): string[] =>
  (lastError ?? '').split('\n').filter((l) => l.startsWith(TXT_TAG) || l.startsWith(TRAFFIC_TAG));

/** lastError after a failed issuance: the DNS findings stay, the certificate failure is added. */
export const withCertificateFailure = (lastError: string | null, message: string): string => [...dnsLinesOf(lastError), `${CERTIFICATE_TAG} ${message}`].join('\n');

/** lastError after a DNS check of a verified domain: the new findings, and any certificate failure kept. */
export const withDnsFindings = (lastError: string | null, problems: string[]): string | null =>
  [...problems, ...(lastError ?? '').split('\n').filter((l) => l.startsWith(CERTIFICATE_TAG))].join('\n') || null;

/** lastError after a successful issuance: only the DNS findings. */
export const withoutCertificateFailure = (lastError: string | null): string | null => dnsLinesOf(lastError).join('\n') || null;

export function recordsOf(domain: DomainCheckState, targets: RoutingTargets): DnsRecordView[] {
  const lines = dnsLinesOf(domain.lastError);
  const checked = domain.lastCheckedAt !== null;
  const txtSeen = domain.verifiedAt !== null || (checked && !lines.some((l) => l.startsWith(TXT_TAG)));
  const trafficSeen = checked && !lines.some((l) => l.startsWith(TRAFFIC_TAG));
  const records: DnsRecordView[] = [
    {
      type: 'TXT',
      name: verificationRecordName(domain.hostname),
      value: verificationValue(domain.verificationToken),
      purpose: 'Proves you control the domain; keep it while the domain is in use.',
      satisfied: txtSeen,
    },
    {
      type: 'CNAME',
      name: domain.hostname,
      value: targets.cnameTarget,
      purpose: targets.edgeIpv4 ? 'Routes traffic to the platform (for an apex domain, set the A record instead).' : 'Routes traffic to the platform.',
      satisfied: trafficSeen,
    },
  ];
  if (targets.edgeIpv4) {
    records.push({ type: 'A', name: domain.hostname, value: targets.edgeIpv4, purpose: 'Routes traffic for an apex domain, which cannot hold a CNAME (instead of the CNAME).', satisfied: trafficSeen });
  }
  return records;
}
