import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from './self-signed-certificate';

describe('createSelfSignedCertificate', () => {
  it('makes a server certificate for the names, matching its key, usable by a TLS server', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const made = await createSelfSignedCertificate(['shop.example.com', 'www.shop.example.com'], { days: 5, now });
    const cert = new X509Certificate(made.certificatePem);
    expect(cert.subject).toBe('CN=shop.example.com');
    expect(cert.subjectAltName).toBe('DNS:shop.example.com, DNS:www.shop.example.com');
    expect(cert.checkHost('www.shop.example.com')).toBe('www.shop.example.com');
    expect(cert.checkHost('other.example.com')).toBeUndefined();
    expect(cert.checkPrivateKey(createPrivateKey(made.privateKeyPem))).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(new Date(cert.validTo)).toEqual(made.notAfter);
    expect(made.notAfter.getTime() - now.getTime()).toBe(5 * 24 * 60 * 60 * 1000);
    expect(made.notBefore.getTime()).toBeLessThan(now.getTime());
    expect(cert.ca).toBe(false);
    expect(() => createSecureContext({ cert: made.certificatePem, key: made.privateKeyPem })).not.toThrow();
  });

  it('gives each certificate its own key and serial', async () => {
    const [a, b] = await Promise.all([createSelfSignedCertificate(['a.example.com']), createSelfSignedCertificate(['a.example.com'])]);
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
    expect(new X509Certificate(a.certificatePem).serialNumber).not.toBe(new X509Certificate(b.certificatePem).serialNumber);
  });

  it('refuses an empty name list', async () => {
    await expect(createSelfSignedCertificate([])).rejects.toThrow(/at least one hostname/);
  });
});
