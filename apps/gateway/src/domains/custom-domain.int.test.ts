// The custom-domain acceptance test: DNS verification, a real certificate from Pebble over http-01 through the gateway,
// the gateway's TLS listener presenting it by SNI, and the Host naming the tenant. Every Pebble-dependent test lives
// here: Pebble's DNS port (5053) and http-01 port (5002) are fixed, and vitest runs files in parallel.
import { X509Certificate, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { get as httpsGet, request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { createLogger } from '@nexus/kernel/logger';
import { testEnv } from '@nexus/testing/env';
import { loadAcmeEnv } from '../../../../subgraphs/tenancy/src/domains/acme/env';
import { startTestDnsServer, type TestDnsServer } from '../../../../subgraphs/tenancy/src/domains/testing/test-dns-server';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../../../../subgraphs/tenancy/src/testing/harness';
import { createGatewayServer, type GatewayServer } from '../create-gateway';
import { createTlsServer, type TlsServer } from '../tls/tls-server';

const env = loadAcmeEnv();
const caCertPem = env.ACME_CA_CERT && existsSync(env.ACME_CA_CERT) ? readFileSync(env.ACME_CA_CERT, 'utf8') : undefined;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function httpsGetText(url: string): Promise<string> {
  return new Promise((ok, fail) => {
    const req = httpsGet(url, { ca: caCertPem, timeout: 2_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => (res.statusCode === 200 ? ok(body) : fail(new Error(`${url}: HTTP ${res.statusCode}`))));
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: timed out`)));
    req.on('error', fail);
  });
}

const pebbleReachable = await httpsGetText(env.ACME_DIRECTORY_URL).then((body) => 'newOrder' in (JSON.parse(body) as object), () => false);
if (!pebbleReachable) {
  const line = `Pebble not reachable at ${env.ACME_DIRECTORY_URL}`;
  if (testEnv.REQUIRE_SERVICES) throw new Error(`${line}, and REQUIRE_SERVICES=1 makes that an error (run scripts/pebble/start-pebble.sh).`);
  console.warn(`[acme] ${line} — custom-domain acceptance test skipped (run scripts/pebble/start-pebble.sh)`);
}

// `.test` is reserved for testing (RFC 6761); our DNS server answers the zone with 127.0.0.1 for Pebble and the verifier.
const ZONE = `${randomBytes(4).toString('hex')}.test`;
const DOMAIN = `shop.${ZONE}`;

interface GqlResponse { status: number; body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } }

/** POST /graphql with a chosen Host (fetch cannot set one), over the HTTP port or the TLS port with SNI. */
function graphql(target: { port: number; tls?: { servername: string; ca: string } }, host: string, query: string, headers: Record<string, string> = {}): Promise<GqlResponse> {
  const body = JSON.stringify({ query });
  const options = {
    host: '127.0.0.1', port: target.port, path: '/graphql', method: 'POST',
    headers: { host, 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    ...(target.tls ? { servername: target.tls.servername, ca: target.tls.ca } : {}),
  };
  return new Promise((ok, fail) => {
    const req = (target.tls ? httpsRequest : httpRequest)(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** The certificate a TLS handshake for `servername` presents. */
function presented(port: number, servername: string): Promise<X509Certificate> {
  return new Promise((ok, fail) => {
    const socket = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate();
      socket.end();
      if (cert) ok(cert);
      else fail(new Error('no peer certificate'));
    });
    socket.on('error', fail);
  });
}

describe.skipIf(!pebbleReachable)('custom domain with a Pebble certificate, through the gateway', () => {
  let h: TenancyHarness;
  let dns: TestDnsServer;
  let gateway: GatewayServer;
  let gatewayPort: number;
  let challengePort: Server;
  let tls: TlsServer;
  let tlsPort: number;
  let pebbleRoot: string;
  const cache = new MemoryCacheAdapter();
  const generous = () => new MemoryRateLimiterAdapter({ capacity: 1000, refillPerSecond: 1000 });
  const state: { a?: Awaited<ReturnType<typeof owner>>; b?: Awaited<ReturnType<typeof owner>>; domainId?: string; leaf?: X509Certificate } = {};

  async function owner() {
    const email = `acme-${randomBytes(4).toString('hex')}@example.com`;
    const up = await h.exec(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { email, password: 'long-enough-pw', name: 'Owner' } });
    const userId = up.data!.signUp.user.id as string;
    const slug = `shop-${randomBytes(3).toString('hex')}`;
    const t = await h.exec(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id slug } } }`, { i: { name: 'Shop', slug } }, h.as({ userId }));
    const tenant = t.data!.createTenant.tenant as { id: string; slug: string };
    const scopes = ['agents:read', 'keys:manage'];
    const req = h.as({ userId, tenantId: tenant.id, roles: ['OWNER'], scopes, permissions: [...effectivePermissions({ roles: ['OWNER'], scopes, apiKeyId: null })] });
    return { userId, tenant, req };
  }

  const domainState = async () => (await h.exec(`query($id: ID!) { domain(id: $id) { status lastError certificate { issuer notAfter } } }`, { id: state.domainId }, state.a!.req)).data!.domain;
  async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 60_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: last saw ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    dns = await startTestDnsServer({ port: env.ACME_TEST_DNS_PORT });
    dns.zone(ZONE, '127.0.0.1');
    h = await startTenancyHarness({
      config: { baseDomain: 'nexus.test', cnameTarget: 'edge.nexus.test', edgeIpv4: '127.0.0.1', dnsServers: [dns.address], acmeDirectoryUrl: env.ACME_DIRECTORY_URL, acmeCaCertFile: env.ACME_CA_CERT ?? null },
    });
    const tenancyGraphql = (await h.server.listen(0)).url;
    const tenancyHttpUrl = tenancyGraphql.replace(/\/graphql$/, '');
    gateway = createGatewayServer({
      supergraphSdl: readFileSync(resolve(repoRoot, 'apps/gateway/supergraph.graphql'), 'utf8'),
      subgraphUrls: { tenancy: { http: tenancyGraphql, ws: tenancyGraphql.replace(/^http/, 'ws') }, marketplace: { http: 'http://127.0.0.1:9/graphql', ws: 'ws://127.0.0.1:9/graphql' } },
      contextSecret: CONTEXT_SECRET,
      tenancyHttpUrl,
      cache,
      pubsub: h.pubsub,
      rateLimiter: { perKey: generous(), perTenant: generous(), anonymous: generous() },
      limits: { maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxCost: 5000 },
      graphiql: false,
      logger: createLogger('gateway-test', { level: 'silent' }),
      baseDomain: 'nexus.test',
    });
    gatewayPort = Number(new URL((await gateway.listen(0, '127.0.0.1')).url).port);
    // Pebble validates http-01 on this port: the gateway's own handler answers, forwarding to tenancy's table.
    challengePort = createServer(gateway.handler);
    await new Promise<void>((ok, fail) => {
      challengePort.once('error', fail);
      challengePort.listen(env.ACME_HTTP01_PORT, '127.0.0.1', ok);
    });
    tls = await createTlsServer({ handler: gateway.handler, websockets: gateway.attachWebSockets, tenancyHttpUrl, contextSecret: CONTEXT_SECRET, pubsub: h.pubsub, logger: createLogger('tls-test', { level: 'silent' }) });
    tlsPort = (await tls.listen(0, '127.0.0.1')).port;
    pebbleRoot = await httpsGetText(`${env.ACME_MANAGEMENT_URL}/roots/0`);
    state.a = await owner();
    state.b = await owner();
  });
  afterAll(async () => {
    await tls?.close();
    await new Promise<void>((ok) => (challengePort?.listening ? challengePort.close(() => ok()) : ok()));
    await gateway?.close();
    await h?.close();
    await dns?.close();
    await cache.close();
  });

  it('verifies the domain over DNS and gets a certificate from Pebble through the gateway\'s http-01 route', async () => {
    const added = (await h.exec(`mutation($h: String!) { addDomain(hostname: $h) { domain { id records { type name value } } errors { message } } }`, { h: DOMAIN }, state.a!.req)).data!.addDomain;
    expect(added.errors).toEqual([]);
    state.domainId = added.domain.id;
    const txt = added.domain.records.find((r: { type: string }) => r.type === 'TXT');
    dns.set(txt.name, 'TXT', [txt.value]);

    const verified = (await h.exec(`mutation($id: ID!) { verifyDomain(id: $id) { domain { status records { type satisfied } } errors { message } } }`, { id: state.domainId }, state.a!.req)).data!.verifyDomain;
    expect(verified.errors).toEqual([]);
    expect(['VERIFIED', 'ISSUING', 'ACTIVE']).toContain(verified.domain.status);
    expect(verified.domain.records.every((r: { satisfied: boolean }) => r.satisfied)).toBe(true);

    const active = await until(domainState, (d) => d.status === 'ACTIVE' || d.status === 'FAILED', 'the certificate');
    expect(active).toMatchObject({ status: 'ACTIVE', lastError: null, certificate: { issuer: env.ACME_DIRECTORY_URL } });

    const row = await h.workerDb.client.domainCertificate.findUniqueOrThrow({ where: { domainId: state.domainId } });
    const [leafPem] = row.certificatePem.split(/(?<=-----END CERTIFICATE-----)/);
    state.leaf = new X509Certificate(leafPem!);
    expect(state.leaf.subjectAltName).toBe(`DNS:${DOMAIN}`);
    const intermediate = new X509Certificate(await httpsGetText(`${env.ACME_MANAGEMENT_URL}/intermediates/0`));
    expect(state.leaf.checkIssued(intermediate)).toBe(true);
    expect(state.leaf.verify(intermediate.publicKey)).toBe(true);
    expect(Buffer.from(row.privateKeyEnc).toString('latin1')).not.toContain('PRIVATE KEY');
    // The order cleaned its tokens up after Pebble fetched them.
    expect(await h.workerDb.client.acmeChallenge.count({ where: { hostname: DOMAIN } })).toBe(0);
  });

  it('presents that certificate by SNI (trusted through Pebble\'s root), and the default one to other names', async () => {
    const served = await presented(tlsPort, DOMAIN);
    expect(served.fingerprint256).toBe(state.leaf!.fingerprint256);
    const other = await presented(tlsPort, `other.${ZONE}`);
    expect(other.fingerprint256).not.toBe(state.leaf!.fingerprint256);
    expect(other.subject).toBe('CN=localhost');
    // A client that trusts only Pebble's root accepts the chain for this name.
    const r = await graphql({ port: tlsPort, tls: { servername: DOMAIN, ca: pebbleRoot } }, DOMAIN, '{ viewer { tenant { slug } } }');
    expect(r.status).toBe(200);
  });

  it('acts for the domain\'s organisation on a request with that Host, over TLS and plain HTTP', async () => {
    const overTls = await graphql({ port: tlsPort, tls: { servername: DOMAIN, ca: pebbleRoot } }, DOMAIN, '{ viewer { tenant { slug } user { id } } }');
    expect(overTls.body).toEqual({ data: { viewer: { tenant: { slug: state.a!.tenant.slug }, user: null } } });
    const overHttp = await graphql({ port: gatewayPort }, `${DOMAIN.toUpperCase()}:80`, '{ viewer { tenant { slug } } }');
    expect(overHttp.body.data.viewer.tenant.slug).toBe(state.a!.tenant.slug);
    const bySubdomain = await graphql({ port: gatewayPort }, `${state.b!.tenant.slug}.nexus.test`, '{ viewer { tenant { slug } } }');
    expect(bySubdomain.body.data.viewer.tenant.slug).toBe(state.b!.tenant.slug);
    const plain = await graphql({ port: gatewayPort }, 'localhost', '{ viewer { tenant { slug } } }');
    expect(plain.body.data.viewer.tenant).toBeNull();
  });

  it('refuses another organisation\'s API key on this domain with FORBIDDEN, and accepts it on its own', async () => {
    const created = (await h.exec(`mutation { createApiKey(input: { name: "b", scopes: ["agents:read"] }) { secret errors { message } } }`, {}, state.b!.req)).data!.createApiKey;
    expect(created.errors).toEqual([]);
    const onA = await graphql({ port: tlsPort, tls: { servername: DOMAIN, ca: pebbleRoot } }, DOMAIN, '{ viewer { tenant { slug } } }', { 'x-api-key': created.secret });
    expect(onA.status).toBe(403);
    expect(onA.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Credentials of another organisation on this domain'), extensions: { code: 'FORBIDDEN' } });
    expect(onA.body.data ?? null).toBeNull();
    const onOwn = await graphql({ port: gatewayPort }, `${state.b!.tenant.slug}.nexus.test`, '{ viewer { tenant { slug } } }', { 'x-api-key': created.secret });
    expect(onOwn.body.data.viewer.tenant.slug).toBe(state.b!.tenant.slug);
  });

  it('serves graphql-ws over wss on the same listener, for the domain\'s organisation', async () => {
    class OnDomain extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        // ws passes `servername` on to tls.connect; its ClientOptions type just does not list it.
        super(address, protocols, { servername: DOMAIN, ca: pebbleRoot, headers: { host: DOMAIN } } as WebSocket.ClientOptions);
      }
    }
    const client = createClient({ url: `wss://127.0.0.1:${tlsPort}/graphql`, webSocketImpl: OnDomain, retryAttempts: 0 });
    try {
      const result = await new Promise<unknown>((done, fail) => {
        client.subscribe({ query: '{ viewer { tenant { slug } } }' }, { next: (m) => done(m), error: fail, complete: () => {} });
      });
      expect(result).toEqual({ data: { viewer: { tenant: { slug: state.a!.tenant.slug } } } });
    } finally {
      await client.dispose();
    }
  });

  it('renews a certificate close to expiry, and the TLS listener switches to the new one at once', async () => {
    await h.workerDb.client.domainCertificate.update({ where: { domainId: state.domainId }, data: { notAfter: new Date(Date.now() + 5 * 86_400_000) } });
    await h.server.services.domains.runJob();
    const renewed = await h.workerDb.client.domainCertificate.findUniqueOrThrow({ where: { domainId: state.domainId } });
    const newLeaf = new X509Certificate(renewed.certificatePem.split(/(?<=-----END CERTIFICATE-----)/)[0]!);
    expect(newLeaf.fingerprint256).not.toBe(state.leaf!.fingerprint256);
    expect(renewed.notAfter.getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    expect((await presented(tlsPort, DOMAIN)).fingerprint256).toBe(newLeaf.fingerprint256);
    const audit = await h.workerDb.client.auditEvent.findMany({ where: { tenantId: state.a!.tenant.id, action: { in: ['certificate.issued', 'certificate.renewed'] } }, orderBy: { seq: 'asc' } });
    expect(audit.map((e) => [e.action, e.actorLabel])).toEqual([['certificate.issued', 'system'], ['certificate.renewed', 'system']]);
  });

  it('marks the domain FAILED, naming it, when Pebble cannot reach it', async () => {
    const host = `shop.unrouted-${randomBytes(3).toString('hex')}.example`;
    const added = (await h.exec(`mutation($h: String!) { addDomain(hostname: $h) { domain { id records { type name value } } } }`, { h: host }, state.a!.req)).data!.addDomain;
    const txt = added.domain.records.find((r: { type: string }) => r.type === 'TXT');
    dns.set(txt.name, 'TXT', [txt.value]); // ownership proven, but the name itself has no address
    await h.exec(`mutation($id: ID!) { verifyDomain(id: $id) { domain { status } } }`, { id: added.domain.id }, state.a!.req);
    state.domainId = added.domain.id;
    const failed = await until(domainState, (d) => d.status === 'FAILED' || d.status === 'ACTIVE', 'the order to fail');
    expect(failed.status).toBe('FAILED');
    expect(failed.lastError).toMatch(new RegExp(`Certificate: Could not issue a certificate for ${host.replace(/\./g, '\\.')}`));
    expect(failed.certificate).toBeNull();
  });

  it('answers 404 on the challenge port for tokens nobody asked for', async () => {
    const res = await fetch(`http://127.0.0.1:${env.ACME_HTTP01_PORT}/.well-known/acme-challenge/not-a-token`);
    expect(res.status).toBe(404);
  });
});
