// Self-signed TLS certificates: custom domains in embedded mode (no ACME) and the gateway's fallback for unknown SNI names.
import { randomBytes, webcrypto } from 'node:crypto';
import {
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';

export interface SelfSignedCertificate {
  certificatePem: string;
  privateKeyPem: string;
  notBefore: Date;
  notAfter: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;

/**
 * A P-256 server certificate for `hostnames` (the first is the subject CN), valid `days` from an hour ago
 * (the hour absorbs clock skew between the issuing and the validating host).
 */
export async function createSelfSignedCertificate(hostnames: readonly string[], opts: { days?: number; now?: Date } = {}): Promise<SelfSignedCertificate> {
  if (hostnames.length === 0) throw new Error('A certificate needs at least one hostname.');
  const now = opts.now ?? new Date();
  const notBefore = new Date(Math.floor((now.getTime() - 60 * 60 * 1000) / 1000) * 1000);
  const notAfter = new Date(Math.floor((now.getTime() + (opts.days ?? 90) * DAY_MS) / 1000) * 1000);
  const keys = (await webcrypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await X509CertificateGenerator.createSelfSigned(
    {
      // Positive 16-byte serial: the top bit clear keeps it a positive DER integer.
      serialNumber: (randomBytes(16)[0]! & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex'),
      name: `CN=${hostnames[0]}`,
      notBefore,
      notAfter,
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
      extensions: [
        new BasicConstraintsExtension(false, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([SERVER_AUTH]),
        new SubjectAlternativeNameExtension(hostnames.map((value) => ({ type: 'dns' as const, value }))),
      ],
    },
    webcrypto as unknown as Crypto,
  );
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { certificatePem: cert.toString('pem') + '\n', privateKeyPem: pem('PRIVATE KEY', pkcs8), notBefore, notAfter };
}
