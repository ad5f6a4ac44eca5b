// Picks how certificates are made: ACME http-01 when a directory is configured, self-signed in embedded mode.
import { readFileSync } from 'node:fs';
import { createSelfSignedCertificate } from '@nexus/kernel/crypto/self-signed-certificate';
import type { TenancyConfig } from '../config';
import { createAcmeIssuer, type AcmeIssuer } from './acme/acme-issuer';
import type { ChallengeStore } from './acme/challenge-store';

export interface IssuedCertificate {
  /** Leaf first, then the chain. */
  certificatePem: string;
  privateKeyPem: string;
  notBefore: Date;
  notAfter: Date;
  /** Stored as DomainCertificate.issuer: the ACME directory URL, or "self-signed". */
  issuer: string;
}

export interface CertificateIssuer {
  issue(hostname: string): Promise<IssuedCertificate>;
}

export const SELF_SIGNED = 'self-signed';
/** Let's Encrypt's lifetime, so embedded mode renews on the same rhythm as production. */
const SELF_SIGNED_DAYS = 90;

export function createCertificateIssuer(config: Pick<TenancyConfig, 'acmeDirectoryUrl' | 'acmeCaCertFile' | 'acmeAccountEmail'>, challengeStore: ChallengeStore): CertificateIssuer {
  const directoryUrl = config.acmeDirectoryUrl;
  if (!directoryUrl) {
    return {
      async issue(hostname) {
        return { ...(await createSelfSignedCertificate([hostname], { days: SELF_SIGNED_DAYS })), issuer: SELF_SIGNED };
      },
    };
  }
  // Built on first use, so a missing CA file surfaces as an issuance failure on the domain, not a crash at start-up.
  let acme: AcmeIssuer | undefined;
  return {
    async issue(hostname) {
      acme ??= createAcmeIssuer({
        directoryUrl,
        email: config.acmeAccountEmail,
        caCertPem: config.acmeCaCertFile ? readFileSync(config.acmeCaCertFile, 'utf8') : undefined,
        challengeStore,
        // acme-client's own pre-check fetches port 80 from this host, which split-horizon DNS or a CA on another
        // port (Pebble's 5002) makes meaningless; the CA's validation is the check that counts.
        selfCheck: false,
      });
      return { ...(await acme.issue(hostname)), issuer: directoryUrl };
    },
  };
}
