// Issues a certificate for one custom domain through ACME http-01 (Let's Encrypt in production, Pebble in tests).
import { X509Certificate } from 'node:crypto';
import { Agent } from 'node:https';
import { Client, axios as acmeAxios, crypto as acmeCrypto } from 'acme-client';
import { DomainError, ErrorCode, isDomainError } from '@nexus/kernel/errors';
import type { ChallengeStore } from './challenge-store';
import { normalizeDomain } from './domain-name';

export interface AcmeIssuerOptions {
  directoryUrl: string;
  /** Persist one in production: the account carries rate limits and can revoke. Absent: a fresh key per issuer. */
  accountKeyPem?: string;
  email: string;
  /** Extra CA trusted for the ACME server's own HTTPS (Pebble's self-signed certificate). */
  caCertPem?: string;
  challengeStore: ChallengeStore;
  /**
   * acme-client fetches the token itself before telling the CA to validate, which fails fast on
   * misrouted domains. It always probes port 80, so turn it off where the CA validates another port.
   */
  selfCheck?: boolean;
}

export interface IssuedCertificate {
  /** Leaf first, then the intermediates: what a TLS server sends. */
  certificatePem: string;
  privateKeyPem: string;
  notBefore: Date;
  notAfter: Date;
}

export interface AcmeIssuer {
  issue(domain: string): Promise<IssuedCertificate>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True once `notAfter` is `days` or fewer away (Let's Encrypt suggests renewing 30 days ahead). */
export function renewalDue(notAfter: Date, now: Date, days = 30): boolean {
  return notAfter.getTime() - now.getTime() <= days * DAY_MS;
}

// acme-client sends every request through one shared axios instance, so a per-issuer CA cannot go in
// its defaults without leaking to other issuers; route it by the directory's origin instead.
const agentsByOrigin = new Map<string, Agent>();
let interceptorInstalled = false;

function trustForOrigin(directoryUrl: string, caCertPem: string): void {
  agentsByOrigin.set(new URL(directoryUrl).origin, new Agent({ ca: caCertPem, keepAlive: true }));
  if (interceptorInstalled) return;
  interceptorInstalled = true;
  acmeAxios.interceptors.request.use((config) => {
    const origin = URL.canParse(config.url ?? '') ? new URL(config.url!).origin : undefined;
    const agent = origin ? agentsByOrigin.get(origin) : undefined;
    if (agent) config.httpsAgent = agent;
    return config;
  });
}

export function createAcmeIssuer(opts: AcmeIssuerOptions): AcmeIssuer {
  if (opts.caCertPem) trustForOrigin(opts.directoryUrl, opts.caCertPem);
  let client: Promise<Client> | undefined;
  const getClient = () =>
    (client ??= (async () => {
      const accountKey = opts.accountKeyPem ?? (await acmeCrypto.createPrivateEcdsaKey('P-256'));
      return new Client({ directoryUrl: opts.directoryUrl, accountKey });
    })());

  return {
    async issue(input) {
      const domain = normalizeDomain(input);
      try {
        const acme = await getClient();
        const [privateKey, csr] = await acmeCrypto.createCsr({ commonName: domain, altNames: [domain] }, await acmeCrypto.createPrivateEcdsaKey('P-256'));
        const certificatePem = await acme.auto({
          csr,
          email: opts.email,
          termsOfServiceAgreed: true,
          challengePriority: ['http-01'],
          skipChallengeVerification: opts.selfCheck === false,
          challengeCreateFn: async (authz, challenge, keyAuthorization) => opts.challengeStore.set(challenge.token, keyAuthorization, authz.identifier.value),
          challengeRemoveFn: async (_authz, challenge) => opts.challengeStore.delete(challenge.token),
        });
        const [leafPem] = acmeCrypto.splitPemChain(certificatePem);
        if (!leafPem) throw new Error('the CA returned no certificate');
        const leaf = new X509Certificate(leafPem);
        return { certificatePem, privateKeyPem: privateKey.toString(), notBefore: new Date(leaf.validFrom), notAfter: new Date(leaf.validTo) };
      } catch (e) {
        if (isDomainError(e)) throw e;
        const reason = e instanceof Error ? e.message : String(e);
        throw new DomainError(ErrorCode.UNAVAILABLE, `Could not issue a certificate for ${domain}: ${reason}`, { field: 'domain', cause: e });
      }
    },
  };
}
