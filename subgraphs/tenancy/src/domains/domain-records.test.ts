import { describe, expect, it } from 'vitest';
import type { DnsObservation } from './dns-check';
import { dnsProblems, recordsOf, withCertificateFailure, withDnsFindings, withoutCertificateFailure } from './domain-records';

const targets = { cnameTarget: 'edge.nexus.test', edgeIpv4: '203.0.113.10' };
const obs = (txt: string[], cname: string[] = [], a: string[] = []): DnsObservation => ({
  txt: { values: txt, error: null },
  cname: { values: cname, error: null },
  a: { values: a, error: null },
});
const state = (over: Partial<Parameters<typeof recordsOf>[0]> = {}) => ({
  hostname: 'shop.example.com', verificationToken: 'tok123', verifiedAt: null, lastCheckedAt: null, lastError: null, ...over,
});

describe('recordsOf', () => {
  it('lists the TXT proof, the CNAME and (with an edge IP) the A record, none satisfied before a check', () => {
    expect(recordsOf(state(), targets)).toEqual([
      expect.objectContaining({ type: 'TXT', name: '_nexus-verify.shop.example.com', value: 'nexus-verify=tok123', satisfied: false }),
      expect.objectContaining({ type: 'CNAME', name: 'shop.example.com', value: 'edge.nexus.test', satisfied: false }),
      expect.objectContaining({ type: 'A', name: 'shop.example.com', value: '203.0.113.10', satisfied: false }),
    ]);
    expect(recordsOf(state(), { ...targets, edgeIpv4: null }).map((r) => r.type)).toEqual(['TXT', 'CNAME']);
  });

  it('reads what the last check saw back from lastError', () => {
    const lastError = dnsProblems('shop.example.com', 'tok123', obs(['nexus-verify=old']), targets).join('\n');
    const afterMiss = recordsOf(state({ lastCheckedAt: new Date(), lastError }), targets);
    expect(afterMiss.map((r) => r.satisfied)).toEqual([false, false, false]);
    const routedOnly = dnsProblems('shop.example.com', 'tok123', obs([], [], ['203.0.113.10']), targets).join('\n');
    expect(recordsOf(state({ lastCheckedAt: new Date(), lastError: routedOnly }), targets).map((r) => r.satisfied)).toEqual([false, true, true]);
    expect(recordsOf(state({ lastCheckedAt: new Date(), verifiedAt: new Date() }), targets).every((r) => r.satisfied)).toBe(true);
  });
});

describe('dnsProblems', () => {
  it('is empty when the TXT value and a route are in place', () => {
    expect(dnsProblems('shop.example.com', 'tok123', obs(['x', 'nexus-verify=tok123'], ['edge.nexus.test']), targets)).toEqual([]);
  });

  it('names the record and what was seen instead', () => {
    const [txt, traffic] = dnsProblems('shop.example.com', 'tok123', obs(['nexus-verify=old'], ['elsewhere.example.net'], ['198.51.100.1']), targets);
    expect(txt).toBe('TXT record _nexus-verify.shop.example.com does not hold nexus-verify=tok123 (saw "nexus-verify=old").');
    expect(traffic).toContain('no CNAME to edge.nexus.test (saw "elsewhere.example.net")');
    expect(traffic).toContain('nor an A record 203.0.113.10 (saw "198.51.100.1")');
  });

  it('says when a lookup failed rather than found nothing', () => {
    const failed: DnsObservation = { ...obs([]), txt: { values: [], error: 'ETIMEOUT' } };
    expect(dnsProblems('shop.example.com', 't', failed, targets)[0]).toMatch(/could not be looked up \(ETIMEOUT\)/);
  });
});

describe('lastError bookkeeping', () => {
  const dns = 'Traffic: shop.example.com has no CNAME to edge.nexus.test (saw nothing).';
  it('keeps DNS findings through a certificate failure and drops the failure after success', () => {
    const failed = withCertificateFailure(dns, 'CA unreachable');
    expect(failed).toBe(`${dns}\nCertificate: CA unreachable`);
    expect(withCertificateFailure(failed, 'again')).toBe(`${dns}\nCertificate: again`);
    expect(withoutCertificateFailure(failed)).toBe(dns);
    expect(withoutCertificateFailure('Certificate: x')).toBeNull();
  });
  it('replaces DNS findings on a new check but keeps a certificate failure', () => {
    expect(withDnsFindings(`${dns}\nCertificate: CA unreachable`, [])).toBe('Certificate: CA unreachable');
    expect(withDnsFindings(null, [])).toBeNull();
  });
});
