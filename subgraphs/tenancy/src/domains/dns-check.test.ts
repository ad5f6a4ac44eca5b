// The verifier's lookups against a real DNS server on loopback (dns2), through node:dns with a custom server list.
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDnsChecker } from './dns-check';
import { startTestDnsServer, type TestDnsServer } from './testing/test-dns-server';

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startTestDnsServer();
  dns.set('_nexus-verify.shop.example.test', 'TXT', ['nexus-verify=abc', 'unrelated']);
  dns.set('shop.example.test', 'CNAME', ['Edge.Nexus.Test.']);
  dns.set('edge.nexus.test', 'A', ['203.0.113.10']);
});
afterAll(() => dns?.close());

it('sees the TXT values, the CNAME target (normalised) and the address it leads to', async () => {
  const seen = await createDnsChecker([dns.address]).observe('shop.example.test');
  expect(seen.txt).toEqual({ values: ['nexus-verify=abc', 'unrelated'], error: null });
  expect(seen.cname).toEqual({ values: ['edge.nexus.test'], error: null });
  expect(seen.a).toEqual({ values: ['203.0.113.10'], error: null });
});

it('reports absent records as empty, not as errors', async () => {
  const seen = await createDnsChecker([dns.address]).observe('missing.example.test');
  expect(seen).toEqual({ txt: { values: [], error: null }, cname: { values: [], error: null }, a: { values: [], error: null } });
});

it('reports a server that does not answer as a lookup error', async () => {
  // A bound socket that never replies: the resolver times out.
  const silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  try {
    const seen = await createDnsChecker([`127.0.0.1:${silent.address().port}`], { timeoutMs: 200, tries: 1 }).observe('shop.example.test');
    expect(seen.txt.error).toBe('ETIMEOUT');
    expect(seen.txt.values).toEqual([]);
  } finally {
    silent.close();
  }
});
