// Custom domains end to end inside tenancy (self-signed mode): add, DNS verification, certificates, renewal, removal,
// the gateway's internal endpoints and the CA's challenge route. Real PostgreSQL, a real DNS server on loopback.
import { X509Certificate, createPrivateKey, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { seal } from '@nexus/kernel/crypto/aead';
import { createSelfSignedCertificate } from '@nexus/kernel/crypto/self-signed-certificate';
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { createLogger } from '@nexus/kernel/logger';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { testTenancyConfig } from '../config';
import { CONTEXT_SECRET, startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { DOMAINS_CHANGED_TOPIC } from './domain-lifecycle';
import { DOMAIN_JOB_LOCK_KEY } from './domain-job';
import { DomainService } from './domain-service';
import { startTestDnsServer, type TestDnsServer } from './testing/test-dns-server';

const EDGE_IP = '203.0.113.10';
const CONFIG = { baseDomain: 'nexus.test', cnameTarget: 'edge.nexus.test', edgeIpv4: EDGE_IP };
const DOMAIN_FIELDS = `id hostname status verifiedAt lastCheckedAt nextCheckAt lastError createdAt
  records { type name value purpose satisfied } certificate { issuer notBefore notAfter issuedAt lastRenewError }`;
const ADD = `mutation($h: String!) { addDomain(hostname: $h) { domain { ${DOMAIN_FIELDS} } errors { code message field } } }`;
const VERIFY = `mutation($id: ID!) { verifyDomain(id: $id) { domain { ${DOMAIN_FIELDS} } errors { code message field } } }`;
const REMOVE = `mutation($id: ID!) { removeDomain(id: $id) { domain { id } errors { code message field } } }`;
const GET = `query($id: ID!) { domain(id: $id) { ${DOMAIN_FIELDS} } }`;

let h: TenancyHarness;
let dns: TestDnsServer;
let tenancyUrl: string;
const changed: string[] = [];
const zone = `${randomBytes(4).toString('hex')}.test`;
let n = 0;
const hostname = () => `shop${++n}.${zone}`;

beforeAll(async () => {
  dns = await startTestDnsServer();
  h = await startTenancyHarness({ config: { ...CONFIG, dnsServers: [dns.address] } });
  tenancyUrl = (await h.server.listen(0)).url.replace(/\/graphql$/, '');
  const sub = h.pubsub.subscribe<{ hostname: string }>(DOMAINS_CHANGED_TOPIC);
  void (async () => {
    for await (const m of sub) changed.push(m.hostname);
  })();
});
afterAll(async () => {
  await h?.close();
  await dns?.close();
});

/** A signed-up user owning a fresh organisation, acting with the permissions the role really grants. */
async function owner(role = 'OWNER') {
  const email = `dom-${randomBytes(4).toString('hex')}@example.com`;
  const up = await h.exec(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { email, password: 'long-enough-pw', name: 'Dom' } });
  const userId = up.data!.signUp.user.id as string;
  const slug = `dom-${randomBytes(3).toString('hex')}`;
  const t = await h.exec(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id slug } } }`, { i: { name: 'Dom Org', slug } }, h.as({ userId }));
  const tenant = t.data!.createTenant.tenant as { id: string; slug: string };
  const as = (r: string): RequestContext =>
    h.as({ userId, tenantId: tenant.id, roles: [r], permissions: [...effectivePermissions({ roles: [r], scopes: [], apiKeyId: null })] });
  return { userId, email, tenant, req: as(role), as };
}

async function add(req: RequestContext, host: string) {
  const r = await h.exec(ADD, { h: host }, req);
  return r.data!.addDomain as { domain: any; errors: any[] };
}
const verify = async (req: RequestContext, id: string) => (await h.exec(VERIFY, { id }, req)).data!.verifyDomain as { domain: any; errors: any[] };
const get = async (req: RequestContext, id: string) => (await h.exec(GET, { id }, req)).data!.domain;

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const audit = (tenantId: string, action: string) => h.workerDb.client.auditEvent.findMany({ where: { tenantId, action }, orderBy: { seq: 'asc' } });

function internal(path: string, body: unknown, signed = true) {
  return fetch(`${tenancyUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signed ? { [CONTEXT_HEADER]: signContext(anonymousContext(), CONTEXT_SECRET) } : {}) },
    body: JSON.stringify(body),
  });
}

/** Sets the records a customer would, then verifies and waits for the certificate. */
async function activeDomain(o: Awaited<ReturnType<typeof owner>>) {
  const host = hostname();
  const { domain } = await add(o.req, host);
  dns.set(`_nexus-verify.${host}`, 'TXT', [domain.records[0].value]);
  dns.set(host, 'CNAME', ['edge.nexus.test']);
  await verify(o.req, domain.id);
  const active = await until(() => get(o.req, domain.id), (d) => d.status === 'ACTIVE', `${host} to become ACTIVE`);
  return { host, domain: active };
}

describe('addDomain', () => {
  it('returns the records to set, pending, with its first check a minute out, and audits it', async () => {
    const o = await owner();
    const host = hostname();
    const before = Date.now();
    const { domain, errors } = await add(o.req, `  ${host.toUpperCase()}. `);
    expect(errors).toEqual([]);
    expect(domain).toMatchObject({ hostname: host, status: 'PENDING', verifiedAt: null, lastCheckedAt: null, certificate: null, lastError: null });
    expect(domain.records).toEqual([
      { type: 'TXT', name: `_nexus-verify.${host}`, value: expect.stringMatching(/^nexus-verify=[0-9a-f]{32}$/), purpose: expect.any(String), satisfied: false },
      { type: 'CNAME', name: host, value: 'edge.nexus.test', purpose: expect.any(String), satisfied: false },
      { type: 'A', name: host, value: EDGE_IP, purpose: expect.any(String), satisfied: false },
    ]);
    const next = Date.parse(domain.nextCheckAt) - before;
    expect(next).toBeGreaterThanOrEqual(59_000);
    expect(next).toBeLessThan(70_000);
    const [row] = await audit(o.tenant.id, 'domain.added');
    expect(row).toMatchObject({ actorUserId: o.userId, actorLabel: o.email, targetId: domain.id, targetLabel: host, source: 'tenancy' });
  });

  it('gives every domain its own verification token', async () => {
    const o = await owner();
    const a = await add(o.req, hostname());
    const b = await add(o.req, hostname());
    expect(a.domain.records[0].value).not.toBe(b.domain.records[0].value);
  });

  it.each([
    ['*.example.com', /Wildcard/],
    ['https://shop.example.com', /without a scheme/],
    ['10.0.0.1', /IP addresses/],
    ['localhost', /full domain name/],
    ['acme.nexus.test', /belongs to the platform/],
    ['nexus.test', /belongs to the platform/],
    ['edge.nexus.test', /belongs to the platform/],
  ])('refuses %j on the hostname field and creates nothing', async (input, message) => {
    const o = await owner();
    const { domain, errors } = await add(o.req, input);
    expect(domain).toBeNull();
    expect(errors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(message), field: 'hostname' }]);
    expect((await h.exec(`{ domains { id } }`, {}, o.req)).data!.domains).toEqual([]);
  });

  it('refuses a hostname another organisation (or this one) already claimed', async () => {
    const a = await owner();
    const b = await owner();
    const host = hostname();
    await add(a.req, host);
    expect((await add(b.req, host)).errors).toEqual([{ code: 'CONFLICT', message: `${host} is already claimed by another organisation.`, field: 'hostname' }]);
    expect((await add(a.req, host)).errors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already claimed') });
    expect((await h.exec(`{ domains { id } }`, {}, b.req)).data!.domains).toEqual([]);
  });

  it('needs domains:manage: a member is refused, for reads too', async () => {
    const o = await owner();
    const member = o.as('MEMBER');
    const r = await h.exec(ADD, { h: hostname() }, member);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('domains:manage');
    expect((await h.exec(`{ domains { id } }`, {}, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.exec(`{ domains { id } }`, {}, o.req)).data!.domains).toEqual([]);
  });

  it('lists only the caller\'s domains', async () => {
    const a = await owner();
    const b = await owner();
    const { domain } = await add(a.req, hostname());
    expect((await h.exec(`{ domains { id } }`, {}, a.req)).data!.domains).toEqual([{ id: domain.id }]);
    expect(await get(b.req, domain.id)).toBeNull();
    expect((await verify(b.req, domain.id)).errors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('verifyDomain', () => {
  it('stays PENDING while the TXT record is wrong, saying what it saw, and backs off 1 then 5 minutes', async () => {
    const o = await owner();
    const host = hostname();
    const { domain } = await add(o.req, host);
    dns.set(`_nexus-verify.${host}`, 'TXT', ['nexus-verify=somebody-else']);
    const first = (await verify(o.req, domain.id)).domain;
    expect(first.status).toBe('PENDING');
    expect(first.lastError).toContain(`TXT record _nexus-verify.${host} does not hold ${domain.records[0].value} (saw "nexus-verify=somebody-else")`);
    expect(first.lastError).toContain(`Traffic: ${host} has no CNAME to edge.nexus.test`);
    expect(Date.parse(first.nextCheckAt) - Date.parse(first.lastCheckedAt)).toBe(60_000);
    expect(first.records.map((r: any) => r.satisfied)).toEqual([false, false, false]);
    const second = (await verify(o.req, domain.id)).domain;
    expect(Date.parse(second.nextCheckAt) - Date.parse(second.lastCheckedAt)).toBe(5 * 60_000);
    expect(changed).not.toContain(host);
  });

  it('verifies on the TXT record, then issues a self-signed certificate and serves it, key encrypted at rest', async () => {
    const o = await owner();
    const host = hostname();
    const { domain } = await add(o.req, host);
    dns.set(`_nexus-verify.${host}`, 'TXT', [domain.records[0].value]);
    dns.set(host, 'A', [EDGE_IP]);
    const verified = (await verify(o.req, domain.id)).domain;
    expect(['VERIFIED', 'ISSUING', 'ACTIVE']).toContain(verified.status);
    expect(verified.verifiedAt).not.toBeNull();
    expect(verified.lastError).toBeNull();
    expect(verified.records.map((r: any) => r.satisfied)).toEqual([true, true, true]);

    const active = await until(() => get(o.req, domain.id), (d) => d.status === 'ACTIVE', 'ACTIVE');
    expect(active.certificate).toMatchObject({ issuer: 'self-signed', lastRenewError: null });
    const days = (Date.parse(active.certificate.notAfter) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);
    expect(changed).toContain(host);

    const [verifiedAudit] = await audit(o.tenant.id, 'domain.verified');
    expect(verifiedAudit).toMatchObject({ actorLabel: o.email, targetLabel: host, after: { status: 'VERIFIED' } });
    const [issuedAudit] = await audit(o.tenant.id, 'certificate.issued');
    expect(issuedAudit).toMatchObject({ actorLabel: 'system', actorUserId: null, targetLabel: host });

    const [stored] = await h.workerDb.client.$queryRaw<{ pem: string; enc: Uint8Array }[]>`
      SELECT c.certificate_pem AS pem, c.private_key_enc AS enc FROM domain_certificates c JOIN domains d ON d.id = c.domain_id WHERE d.hostname = ${host}`;
    expect(Buffer.from(stored!.enc).toString('latin1')).not.toContain('PRIVATE KEY');

    const res = await internal('/internal/domains/certificate', { host: `${host.toUpperCase()}:443` });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { certPem, keyPem } = (await res.json()) as { certPem: string; keyPem: string };
    expect(certPem).toBe(stored!.pem);
    const leaf = new X509Certificate(certPem);
    expect(leaf.checkHost(host)).toBe(host);
    expect(leaf.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
  });

  it('records an issuance failure as FAILED with the reason, keeps the findings, and retries with backoff', async () => {
    const o = await owner();
    const failing = new DomainService({
      db: h.db, workerDb: h.workerDb, pubsub: h.pubsub, logger: createLogger('t', { level: 'silent' }),
      config: testTenancyConfig({ ...CONFIG, dnsServers: [dns.address] }),
      issuer: { issue: async (name) => { throw new Error(`CA cannot reach ${name}`); } },
    });
    try {
      const host = hostname();
      const row = await failing.add(o.req, host);
      dns.set(`_nexus-verify.${host}`, 'TXT', [`nexus-verify=${row.verificationToken}`]);
      await failing.verify(o.req, row.id);
      await failing.lifecycle.close();
      const failed = (await failing.get(o.req, row.id))!;
      expect(failed.status).toBe('FAILED');
      expect(failed.lastError).toMatch(new RegExp(`^Traffic: .*\\nCertificate: CA cannot reach ${host.replace(/\./g, '\\.')}$`));
      expect(failed.checkAttempts).toBe(1);
      expect(failed.nextCheckAt!.getTime() - failed.updatedAt.getTime()).toBeGreaterThan(55_000);
      expect(failed.nextCheckAt!.getTime() - failed.updatedAt.getTime()).toBeLessThan(65_000);
      // Still addresses the tenant over HTTP: ownership is proven, only the certificate is missing.
      expect(await failing.lookup.resolve(host)).toEqual({ tenantId: o.tenant.id, kind: 'custom' });
      expect(await failing.lookup.certificate(host)).toBeNull();
    } finally {
      await failing.close();
    }
  });
});

describe('internal endpoints', () => {
  it('resolve a verified custom domain and a tenant subdomain, and nothing else', async () => {
    const o = await owner();
    const { host } = await activeDomain(o);
    const pending = hostname();
    await add(o.req, pending);
    const cases: [string, unknown][] = [
      [host, { tenantId: o.tenant.id, kind: 'custom' }],
      [`${host.toUpperCase()}:8443`, { tenantId: o.tenant.id, kind: 'custom' }],
      [pending, { tenantId: null }],
      [`${o.tenant.slug}.nexus.test`, { tenantId: o.tenant.id, kind: 'subdomain' }],
      [`no-such-org.nexus.test`, { tenantId: null }],
      [`x.${o.tenant.slug}.nexus.test`, { tenantId: null }],
      ['nexus.test', { tenantId: null }],
      ['bad host!', { tenantId: null }],
      // The CNAME target is the edge's own name, even when an organisation's slug spells it.
      ['edge.nexus.test', { tenantId: null }],
    ];
    await h.exec(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }`, { i: { name: 'Edge Org', slug: 'edge' } }, h.as({ userId: o.userId }));
    expect(await (await internal('/internal/domains/resolve', { host: 'EDGE.nexus.test' })).json()).toEqual({ tenantId: null });
    for (const [hostHeader, expected] of cases) {
      const res = await internal('/internal/domains/resolve', { host: hostHeader });
      expect([hostHeader, await res.json()]).toEqual([hostHeader, expected]);
    }
    expect((await internal('/internal/domains/certificate', { host: pending })).status).toBe(404);
  });

  it('refuse unsigned calls', async () => {
    expect((await internal('/internal/domains/resolve', { host: 'x.nexus.test' }, false)).status).toBe(401);
    expect((await internal('/internal/domains/certificate', { host: 'x.nexus.test' }, false)).status).toBe(401);
  });

  it('serve ACME http-01 tokens from the table until they expire', async () => {
    const token = `tok_${randomBytes(8).toString('hex')}`;
    await h.server.services.domains.challenges.set(token, `${token}.thumb`, 'shop.example.com');
    const ok = await fetch(`${tenancyUrl}/.well-known/acme-challenge/${token}`);
    expect([ok.status, await ok.text()]).toEqual([200, `${token}.thumb`]);
    await h.workerDb.client.acmeChallenge.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(`${tenancyUrl}/.well-known/acme-challenge/${token}`)).status).toBe(404);
    expect((await fetch(`${tenancyUrl}/.well-known/acme-challenge/unknown`)).status).toBe(404);
  });
});

describe('removeDomain', () => {
  it('deletes the domain and its certificate, stops resolving it, announces and audits it', async () => {
    const o = await owner();
    const { host, domain } = await activeDomain(o);
    changed.length = 0;
    const r = (await h.exec(REMOVE, { id: domain.id }, o.req)).data!.removeDomain;
    expect(r).toEqual({ domain: null, errors: [] });
    expect(await get(o.req, domain.id)).toBeNull();
    expect(await (await internal('/internal/domains/resolve', { host })).json()).toEqual({ tenantId: null });
    expect((await internal('/internal/domains/certificate', { host })).status).toBe(404);
    expect(await h.workerDb.client.domainCertificate.count({ where: { domainId: domain.id } })).toBe(0);
    expect(changed).toContain(host);
    const [row] = await audit(o.tenant.id, 'domain.removed');
    expect(row).toMatchObject({ actorLabel: o.email, targetLabel: host, before: expect.objectContaining({ hostname: host, status: 'ACTIVE' }) });
    expect((await h.exec(REMOVE, { id: domain.id }, o.req)).data!.removeDomain.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('scheduled job', () => {
  const services = () => h.server.services.domains;

  it('checks due domains and orders their certificate in the same pass', async () => {
    const o = await owner();
    const host = hostname();
    const { domain } = await add(o.req, host);
    dns.set(`_nexus-verify.${host}`, 'TXT', [domain.records[0].value]);
    await h.workerDb.client.domain.update({ where: { id: domain.id }, data: { nextCheckAt: new Date(Date.now() - 1000) } });
    const report = await services().runJob();
    expect(report.ran).toBe(true);
    const after = await get(o.req, domain.id);
    expect(after.status).toBe('ACTIVE');
    expect((await audit(o.tenant.id, 'domain.verified'))[0]).toMatchObject({ actorLabel: 'system' });
  });

  it('renews a certificate that expires within 30 days, and leaves it alone afterwards', async () => {
    const o = await owner();
    const { host, domain } = await activeDomain(o);
    const soon = await createSelfSignedCertificate([host], { days: 5 });
    await h.workerDb.client.domainCertificate.update({
      where: { domainId: domain.id },
      data: { certificatePem: soon.certificatePem, privateKeyEnc: new Uint8Array(seal(testTenancyConfig().encryptionKey, Buffer.from(soon.privateKeyPem))), notBefore: soon.notBefore, notAfter: soon.notAfter },
    });
    changed.length = 0;
    await services().runJob();
    const renewed = await get(o.req, domain.id);
    expect(renewed.status).toBe('ACTIVE');
    expect(Date.parse(renewed.certificate.notAfter) - Date.now()).toBeGreaterThan(80 * 86_400_000);
    expect(changed).toContain(host);
    const served = (await (await internal('/internal/domains/certificate', { host })).json()) as { certPem: string };
    expect(served.certPem).not.toBe(soon.certificatePem);
    expect((await audit(o.tenant.id, 'certificate.renewed'))[0]).toMatchObject({ actorLabel: 'system', targetLabel: host });
    const again = await services().runJob();
    expect(again.renewed).toBe(0);
    expect(await audit(o.tenant.id, 'certificate.renewed')).toHaveLength(1);
  });

  it('keeps serving the old certificate when renewal fails, and retries later', async () => {
    const o = await owner();
    const { host, domain } = await activeDomain(o);
    const failing = new DomainService({
      db: h.db, workerDb: h.workerDb, pubsub: h.pubsub, logger: createLogger('t', { level: 'silent' }),
      config: testTenancyConfig({ ...CONFIG, dnsServers: [dns.address] }),
      issuer: { issue: async () => { throw new Error('rate limited by the CA'); } },
    });
    try {
      await h.workerDb.client.domainCertificate.update({ where: { domainId: domain.id }, data: { notAfter: new Date(Date.now() + 86_400_000) } });
      await failing.runJob();
      const after = await get(o.req, domain.id);
      expect(after.status).toBe('ACTIVE');
      expect(after.certificate.lastRenewError).toBe('rate limited by the CA');
      const cert = await h.workerDb.client.domainCertificate.findUniqueOrThrow({ where: { domainId: domain.id } });
      expect(cert.renewAttempts).toBe(1);
      expect(cert.nextRenewAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
      expect(await failing.lookup.certificate(host)).not.toBeNull();
      expect((await failing.runJob()).renewed).toBe(0); // not due again yet
    } finally {
      await failing.close();
    }
  });

  it('does nothing while another replica holds the job lock', async () => {
    const client = await h.workerDb.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [DOMAIN_JOB_LOCK_KEY.toString()]);
      expect((await services().runJob()).ran).toBe(false);
      await client.query('ROLLBACK');
      expect((await services().runJob()).ran).toBe(true);
    } finally {
      client.release();
    }
  });
});
