// Settings the tenancy services need beyond connections: links, mail, domains, ACME, encryption, Kubernetes.
import { encryptionKeyFrom } from '@nexus/kernel/crypto/encryption-key';
import type { TTenancyEnv } from './env';

export { encryptionKeyFrom, loadEncryptionKey } from '@nexus/kernel/crypto/encryption-key';

export interface TenancyConfig {
  /** Public base URL of the web app, for invitation links (`<webUrl>/invitations/<token>`). */
  webUrl: string;
  /** SMTP connection URL for nodemailer; unset → invitations are not mailed, the console shows the link. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Platform base domain: `<slug>.<baseDomain>` addresses a tenant. Null turns subdomain resolution off. */
  baseDomain: string | null;
  /** CNAME target customers point their domain at. */
  cnameTarget: string;
  /** A-record target for apex domains (the edge's public IPv4), if any. */
  edgeIpv4: string | null;
  /** DNS servers (`host` or `host:port`) used to verify TXT records; empty → the system resolver. */
  dnsServers: string[];
  /** ACME directory; null → self-signed certificates (embedded mode). */
  acmeDirectoryUrl: string | null;
  /** PEM file trusted for the ACME server's own HTTPS (Pebble). */
  acmeCaCertFile: string | null;
  acmeAccountEmail: string;
  /** 32-byte AES-256-GCM key for certificate and signing private keys at rest. */
  encryptionKey: Buffer;
  /** Path of a kubeconfig; null → manifests are shown for download, not applied. */
  kubeconfig: string | null;
  /** Organisation (slug) whose owners/admins hold platform permissions (agents:review). */
  platformAdminTenant: string | null;
  /** Age (days) at which the platform's JWT signing key is rotated. */
  jwtRotationDays: number;
}

export function tenancyConfigFromEnv(env: TTenancyEnv): TenancyConfig {
  return {
    webUrl: env.PUBLIC_WEB_URL,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    baseDomain: env.BASE_DOMAIN ?? null,
    cnameTarget: env.DOMAIN_CNAME_TARGET ?? (env.BASE_DOMAIN ? `domains.${env.BASE_DOMAIN}` : 'domains.nexus-forge.localhost'),
    edgeIpv4: env.EDGE_IPV4 ?? null,
    dnsServers: env.DNS_SERVERS ? env.DNS_SERVERS.split(',').map((s) => s.trim()).filter(Boolean) : [],
    acmeDirectoryUrl: env.ACME_DIRECTORY_URL ?? null,
    acmeCaCertFile: env.ACME_CA_CERT ?? null,
    acmeAccountEmail: env.ACME_ACCOUNT_EMAIL,
    encryptionKey: encryptionKeyFrom(env.ENCRYPTION_KEY),
    kubeconfig: env.KUBECONFIG ?? null,
    platformAdminTenant: env.PLATFORM_ADMIN_TENANT ?? null,
    jwtRotationDays: env.JWT_ROTATION_DAYS,
  };
}

/** Settings for in-process tests: no mail, no ACME, no cluster, a fixed key. */
export function testTenancyConfig(overrides: Partial<TenancyConfig> = {}): TenancyConfig {
  return {
    webUrl: 'http://localhost:3000', smtpUrl: null, mailFrom: 'Nexus Forge <no-reply@nexus.test>', baseDomain: 'nexus.test',
    cnameTarget: 'domains.nexus.test', edgeIpv4: null, dnsServers: [], acmeDirectoryUrl: null, acmeCaCertFile: null,
    acmeAccountEmail: 'acme@nexus.test', encryptionKey: encryptionKeyFrom('tenancy-test-encryption-key'), kubeconfig: null,
    platformAdminTenant: null, jwtRotationDays: 30, ...overrides,
  };
}
