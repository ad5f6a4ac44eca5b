// The steps a custom domain goes through after it is added: DNS check → VERIFIED → ISSUING → ACTIVE, and renewal.
// Both the verifyDomain mutation and the scheduled job drive domains through here.
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { seal } from '@nexus/kernel/crypto/aead';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { recordAudit } from '@nexus/db/audit';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database, Tx } from '../db';
import { nextAttemptAt } from './backoff';
import type { CertificateIssuer } from './certificate-issuer';
import type { DnsChecker } from './dns-check';
import { dnsProblems, ownershipProven, withCertificateFailure, withDnsFindings, withoutCertificateFailure, type RoutingTargets } from './domain-records';
import { DomainRepository, type DomainRow, type DomainWithCertificate } from './domain-repository';

/** Gateways drop cached host look-ups and certificates for `{ hostname }` when this fires. */
export const DOMAINS_CHANGED_TOPIC = 'domains.changed';
export const AUDIT_SOURCE = 'tenancy';

/** Runs a callback in one transaction: withTenant for a user's request, withSystem for the job. */
export type RunTx = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

export interface LifecycleDeps {
  workerDb: Database;
  encryptionKey: Buffer;
  targets: RoutingTargets;
  dns: DnsChecker;
  issuer: CertificateIssuer;
  pubsub: PubSub;
  logger: Logger;
}

/** Job-driven audit rows name the tenant acted on and no user: actor label "system". */
export const systemContext = (tenantId: string): RequestContext => ({ ...anonymousContext(), tenantId });

const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DomainLifecycle {
  /** Issuance started outside the job (right after verification); close() waits for it. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly d: LifecycleDeps) {}

  readonly runSystem: RunTx = (fn) => withSystem(this.d.workerDb, fn);

  /**
   * Looks at DNS now and records what it saw. An unverified domain becomes VERIFIED when the TXT record is
   * there, else stays PENDING with the next check backed off; a verified one only refreshes its findings.
   */
  async check(domain: Pick<DomainRow, 'id' | 'hostname' | 'verificationToken'>, actor: RequestContext, run: RunTx): Promise<DomainWithCertificate> {
    const dns = await this.d.dns.observe(domain.hostname);
    const problems = dnsProblems(domain.hostname, domain.verificationToken, dns, this.d.targets);
    const now = new Date();
    const { row, verifiedNow } = await run(async (tx) => {
      const current = await DomainRepository.findById(tx, domain.id);
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, 'This domain was removed.', { field: 'id' });
      if (current.verifiedAt) {
        return { row: await DomainRepository.update(tx, current.id, { lastCheckedAt: now, lastError: withDnsFindings(current.lastError, problems) }), verifiedNow: false };
      }
      if (ownershipProven(current.verificationToken, dns)) {
        const row = await DomainRepository.update(tx, current.id, { status: 'VERIFIED', verifiedAt: now, lastCheckedAt: now, nextCheckAt: null, checkAttempts: 0, lastError: problems.join('\n') || null });
        await recordAudit(tx, actor, { action: 'domain.verified', source: AUDIT_SOURCE, targetType: 'domain', targetId: row.id, targetLabel: row.hostname, tenantId: row.tenantId, before: { status: current.status }, after: { status: row.status } });
        return { row, verifiedNow: true };
      }
      const attempts = current.checkAttempts + 1;
      const row = await DomainRepository.update(tx, current.id, { lastCheckedAt: now, checkAttempts: attempts, nextCheckAt: nextAttemptAt(attempts, now), lastError: problems.join('\n') });
      return { row, verifiedNow: false };
    });
    if (verifiedNow) await this.changed(row.hostname);
    return row;
  }

  /** Orders a certificate when the domain is waiting for one (VERIFIED, or FAILED and retried); false if another worker has it. */
  async issueIfWaiting(domainId: string): Promise<boolean> {
    const claimed = await this.runSystem(async (tx) => ((await DomainRepository.claimForIssue(tx, domainId, ['VERIFIED', 'FAILED'])) ? DomainRepository.findById(tx, domainId) : null));
    return claimed ? this.issue(claimed, 'issued') : false;
  }

  /** issueIfWaiting in the background, so a mutation answers before the CA does; close() waits for it. */
  kickIssue(domainId: string): void {
    const task = this.issueIfWaiting(domainId).catch((e) => this.d.logger.error({ err: e, domainId }, 'certificate issuance crashed'));
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
  }

  /** Orders a certificate for a domain the caller has claimed (ISSUING) or, for renewal, leased. Never throws. */
  async issue(domain: DomainRow, kind: 'issued' | 'renewed'): Promise<boolean> {
    let issued;
    try {
      issued = await this.d.issuer.issue(domain.hostname);
    } catch (e) {
      await this.recordFailure(domain, kind, describeError(e)).catch((err) => this.d.logger.error({ err, domainId: domain.id }, 'could not record an issuance failure'));
      return false;
    }
    const saved = await this.runSystem(async (tx) => {
      const current = await DomainRepository.findById(tx, domain.id);
      // Removed while the order ran: the certificate has nowhere to go.
      if (!current || current.hostname !== domain.hostname) return false;
      const before = current.certificate ? { notAfter: current.certificate.notAfter.toISOString() } : undefined;
      await DomainRepository.saveCertificate(tx, current, {
        certificatePem: issued.certificatePem,
        privateKeyEnc: new Uint8Array(seal(this.d.encryptionKey, Buffer.from(issued.privateKeyPem, 'utf8'))),
        issuer: issued.issuer,
        notBefore: issued.notBefore,
        notAfter: issued.notAfter,
      });
      await DomainRepository.update(tx, current.id, { status: 'ACTIVE', nextCheckAt: null, checkAttempts: 0, lastError: withoutCertificateFailure(current.lastError) });
      await recordAudit(tx, systemContext(current.tenantId), {
        action: kind === 'issued' ? 'certificate.issued' : 'certificate.renewed',
        source: AUDIT_SOURCE, targetType: 'domain', targetId: current.id, targetLabel: current.hostname, tenantId: current.tenantId,
        before, after: { issuer: issued.issuer, notAfter: issued.notAfter.toISOString() },
      });
      return true;
    });
    if (saved) await this.changed(domain.hostname);
    return saved;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  async changed(hostname: string): Promise<void> {
    await this.d.pubsub.publish(DOMAINS_CHANGED_TOPIC, { hostname }).catch((e) => this.d.logger.warn({ err: e, hostname }, 'could not announce a domain change'));
  }

  private async recordFailure(domain: DomainRow, kind: 'issued' | 'renewed', message: string): Promise<void> {
    this.d.logger.warn({ hostname: domain.hostname, kind, reason: message }, 'certificate order failed');
    const now = new Date();
    await this.runSystem(async (tx) => {
      const current = await DomainRepository.findById(tx, domain.id);
      if (!current) return;
      if (kind === 'renewed' && current.certificate) {
        // The current certificate still serves; only the renewal is retried.
        const attempts = current.certificate.renewAttempts + 1;
        await DomainRepository.updateCertificate(tx, current.id, { renewAttempts: attempts, lastRenewError: message, nextRenewAt: nextAttemptAt(attempts, now) });
        return;
      }
      const attempts = current.checkAttempts + 1;
      await DomainRepository.update(tx, current.id, { status: 'FAILED', checkAttempts: attempts, nextCheckAt: nextAttemptAt(attempts, now), lastError: withCertificateFailure(current.lastError, message) });
    });
  }
}
