// Identity resolution cost per request: the gateway's identity chain + access step, called in process against a real
// tenancy (PostgreSQL, loopback HTTP), for each way a caller can be recognised; caches cold ("uncached") and warm.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createRemoteJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createLogger } from '@nexus/kernel/logger';
import { MemoryCacheAdapter } from '@nexus/kernel/adapters/memory-cache';
import { ApiKeyVerifier } from '../apps/gateway/src/auth/api-key-verifier';
import { OidcTokenVerifier } from '../apps/gateway/src/auth/oidc-token-verifier';
import { createIdentityChain } from '../apps/gateway/src/auth/resolve-identity';
import type { Credentials } from '../apps/gateway/src/auth/identity';
import { DomainDirectory } from '../apps/gateway/src/domains/domain-directory';
import { AccessResolver } from '../apps/gateway/src/access/access-resolver';
import { startIdentityStack, STACK_SECRET } from '../apps/gateway/src/access/testing/start-identity-stack';
import { percentile, report } from './report';

const N = Number(process.argv.find((a) => a.startsWith('--n='))?.split('=')[1] ?? 2000);
const BASE_DOMAIN = 'nexus.test';
const CUSTOM_HOST = 'agents.bench-customer.example';
const logger = createLogger('identity-bench', { level: 'silent' });

// A loopback OIDC provider, so the OIDC path includes real discovery, JWKS and signature checks.
const rsa = await generateKeyPair('RS256', { extractable: true });
const publicJwk = { ...(await exportJWK(rsa.publicKey)), kid: 'bench-1', alg: 'RS256', use: 'sig' };
const idp = createServer((req, res) => {
  const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (req.url === '/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
  if (req.url === '/jwks') return json({ keys: [publicJwk] });
  res.writeHead(404).end();
});
await new Promise<void>((r) => idp.listen(0, '127.0.0.1', () => r()));
const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;

const stack = await startIdentityStack();
try {
  const org = await stack.owner('bench');
  const key = await stack.apiKey(org, ['agents:read']);
  const configured = await stack.gateways[0]!.post(
    'mutation($i: IdentityProviderInput!) { configureIdentityProvider(input: $i) { errors { message } } }',
    { i: { issuer, audience: 'bench-app', rolesClaim: 'groups', roleMapping: '{"eng":"MEMBER"}' } },
    { authorization: `Bearer ${org.token}` },
  );
  if (configured.body.data?.configureIdentityProvider.errors.length !== 0) throw new Error(`configure failed: ${JSON.stringify(configured.body)}`);
  await stack.workerDb.client.domain.create({ data: { tenantId: org.tenantId, hostname: CUSTOM_HOST, verificationToken: 'bench', status: 'ACTIVE', verifiedAt: new Date() } });
  const oidcToken = await new SignJWT({ email: 'bench-sso@example.com', groups: ['eng'] })
    .setProtectedHeader({ alg: 'RS256', kid: 'bench-1' }).setSubject('bench-sso').setIssuer(issuer).setAudience('bench-app')
    .setIssuedAt().setExpirationTime('2h').sign(rsa.privateKey);

  // The gateway's own pieces, wired as create-gateway.ts wires them, on one in-process cache.
  const cache = new MemoryCacheAdapter({ maxEntries: 100_000 });
  const deps = { tenancyHttpUrl: stack.tenancyHttpUrl, contextSecret: STACK_SECRET, cache, pubsub: stack.tenancyPubsub, logger };
  const apiKeys = new ApiKeyVerifier(deps);
  const oidc = new OidcTokenVerifier(deps);
  const domains = new DomainDirectory(deps);
  const access = new AccessResolver(deps);
  const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', stack.tenancyHttpUrl));
  const resolveIdentity = createIdentityChain({ apiKeys, jwks, oidc, logger, domains, baseDomain: BASE_DOMAIN });

  const creds = (over: Partial<Credentials>): Credentials & { clientIp: string } => ({ host: 'localhost:4000', apiKey: null, authorization: null, requestId: 'bench', clientIp: '127.0.0.1', ...over });
  const cases: [string, Credentials & { clientIp: string }][] = [
    ['API key', creds({ apiKey: key.secret })],
    ['platform JWT', creds({ authorization: `Bearer ${org.token}` })],
    ['OIDC JWT', creds({ authorization: `Bearer ${oidcToken}` })],
    ['custom domain host', creds({ host: CUSTOM_HOST })],
    ['subdomain host', creds({ host: `${org.slug}.${BASE_DOMAIN}` })],
  ];

  /** One request's identity work: the chain, then the access step when a tenant is known. */
  async function once(c: Credentials & { clientIp: string }): Promise<number> {
    const started = performance.now();
    const identity = await resolveIdentity(c);
    if (!identity.tenantId) throw new Error('benchmark credentials resolved to no tenant');
    await access.resolve(identity, c);
    return (performance.now() - started) * 1000;
  }

  // Round-robin over the paths, so a burst of load on this shared machine hits every path alike rather than one.
  const rows = [];
  for (const mode of ['uncached', 'cached'] as const) {
    for (const [, c] of cases) await once(c); // warm-up: JIT account, JWKS, provider discovery, connection pools
    const samples = cases.map((): number[] => []);
    for (let i = 0; i < N; i++) {
      for (const [k, [, c]] of cases.entries()) {
        // Uncached: every gateway-side verdict, host and grant is forgotten first (the JWKS key set stays, as in steady state).
        if (mode === 'uncached') await cache.deleteByPrefix('');
        samples[k]!.push(await once(c));
      }
    }
    for (const [k, [path]] of cases.entries()) {
      const xs = samples[k]!;
      const us = (p: number) => Math.round(percentile(xs, p));
      rows.push({ path, cache: mode, n: N, 'p50 µs': us(50), 'p95 µs': us(95), 'p99 µs': us(99), 'mean µs': Math.round(xs.reduce((a, b) => a + b, 0) / N) });
    }
  }
  rows.sort((a, b) => cases.findIndex(([p]) => p === a.path) - cases.findIndex(([p]) => p === b.path));
  report('identity', rows, { database: 'postgres (createTestDatabase)', transport: 'tenancy over loopback HTTP', note: 'identity chain + access step per request, in process' });
  await Promise.all([apiKeys.close(), oidc.close(), domains.close(), access.close(), cache.close()]);
} finally {
  await stack.close();
  await new Promise((r) => idp.close(r));
}
