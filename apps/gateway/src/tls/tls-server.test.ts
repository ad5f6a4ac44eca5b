// SNI: each name gets its own certificate from tenancy, unknown names and tenancy outages get the fallback, changes apply at once.
import { X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryPubSubAdapter } from '@nexus/kernel/adapters/memory-pubsub';
import { createSelfSignedCertificate } from '@nexus/kernel/crypto/self-signed-certificate';
import { createLogger } from '@nexus/kernel/logger';
import { DOMAINS_CHANGED_TOPIC } from '../domains/host-name';
import { createTlsServer, type TlsServer } from './tls-server';

const pubsub = new MemoryPubSubAdapter();
const certs = new Map<string, { certPem: string; keyPem: string }>();
const asked: string[] = [];
let tls: TlsServer;
let port: number;

const fakeTenancy = (async (url: unknown, init: RequestInit) => {
  const { host } = JSON.parse(String(init.body)) as { host: string };
  asked.push(host);
  if (String(url).endsWith('/internal/domains/certificate') && host === 'down.example.com') return new Response('boom', { status: 500 });
  const cert = certs.get(host);
  return cert ? Response.json(cert) : Response.json({ ok: false }, { status: 404 });
}) as typeof fetch;

async function issue(host: string) {
  const made = await createSelfSignedCertificate([host]);
  certs.set(host, { certPem: made.certificatePem, keyPem: made.privateKeyPem });
  return new X509Certificate(made.certificatePem).fingerprint256;
}

function presented(servername: string): Promise<X509Certificate> {
  return new Promise((ok, fail) => {
    const socket = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate();
      socket.end();
      if (cert) ok(cert);
      else fail(new Error('no certificate'));
    });
    socket.on('error', fail);
  });
}

beforeAll(async () => {
  tls = await createTlsServer({
    handler: (_req, res) => res.end('ok'), tenancyHttpUrl: 'http://tenancy.test', contextSecret: 'secret-secret-secret', pubsub,
    logger: createLogger('t', { level: 'silent' }), fetch: fakeTenancy,
  });
  port = (await tls.listen(0, '127.0.0.1')).port;
});
afterAll(async () => {
  await tls?.close();
  await pubsub.close();
});

it('presents the certificate of the requested name, fetched once', async () => {
  const fingerprint = await issue('shop.example.com');
  expect((await presented('shop.example.com')).fingerprint256).toBe(fingerprint);
  expect((await presented('SHOP.example.com')).fingerprint256).toBe(fingerprint);
  expect(asked.filter((h) => h === 'shop.example.com')).toHaveLength(1);
});

it('falls back to the default certificate for unknown names and when tenancy fails', async () => {
  expect((await presented('unknown.example.com')).subject).toBe('CN=localhost');
  expect((await presented('down.example.com')).subject).toBe('CN=localhost');
});

it('switches to a new certificate as soon as tenancy announces the change', async () => {
  const before = await issue('renew.example.com');
  expect((await presented('renew.example.com')).fingerprint256).toBe(before);
  const after = await issue('renew.example.com');
  expect((await presented('renew.example.com')).fingerprint256).toBe(before); // still cached
  await pubsub.publish(DOMAINS_CHANGED_TOPIC, { hostname: 'renew.example.com' });
  await new Promise((r) => setTimeout(r, 10));
  expect((await presented('renew.example.com')).fingerprint256).toBe(after);
});

it('serves requests with the same handler as HTTP', async () => {
  const res = await new Promise<string>((ok, fail) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'shop.example.com', rejectUnauthorized: false }, () => {
      socket.write('GET / HTTP/1.1\r\nHost: shop.example.com\r\nConnection: close\r\n\r\n');
    });
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    socket.on('end', () => ok(text));
    socket.on('error', fail);
  });
  expect(res).toMatch(/^HTTP\/1\.1 200/);
  expect(res.endsWith('ok')).toBe(true);
});
