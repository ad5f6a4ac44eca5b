// The scheduled pass over custom domains: due DNS checks, certificate orders and renewals, on one replica at a time.
import type { Logger } from '@nexus/kernel/logger';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import { DomainRepository, type DomainRow } from './domain-repository';
import { systemContext, type DomainLifecycle } from './domain-lifecycle';

/** Renew this long before expiry (Let's Encrypt's advice for 90-day certificates). */
export const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000;
/** A claimed row is left alone this long; a worker that died mid-order is retried after it. */
const LEASE_MS = 10 * 60 * 1000;
const BATCH = 20;
// pg_try_advisory_xact_lock key: any constant unique among this database's advisory locks ("nxdomain" in ASCII).
export const DOMAIN_JOB_LOCK_KEY = 0x6e78646f6d61696en;

export interface DomainJobReport {
  /** False when another replica held the lock and this pass did nothing. */
  ran: boolean;
  checked: number;
  issued: number;
  renewed: number;
}

export interface DomainJob {
  runOnce(now?: Date): Promise<DomainJobReport>;
  stop(): Promise<void>;
}

interface Claimed {
  checks: DomainRow[];
  issues: DomainRow[];
  renewals: DomainRow[];
}

/** Claims due rows under the advisory lock, then works on them outside any transaction (orders take seconds). */
async function claimDue(workerDb: Database, now: Date): Promise<Claimed | null> {
  return withSystem(workerDb, async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DOMAIN_JOB_LOCK_KEY}) AS locked`;
    if (!lock?.locked) return null;
    const lease = new Date(now.getTime() + LEASE_MS);
    const checks = await DomainRepository.dueChecks(tx, now, BATCH);
    for (const d of checks) await DomainRepository.leaseCheck(tx, d.id, lease);
    const issues: DomainRow[] = [];
    for (const d of await DomainRepository.dueIssues(tx, now, new Date(now.getTime() - LEASE_MS), BATCH)) {
      if (d.status === 'ISSUING') await DomainRepository.touch(tx, d.id);
      else if (!(await DomainRepository.claimForIssue(tx, d.id, [d.status]))) continue;
      issues.push(d);
    }
    const renewals = await DomainRepository.dueRenewals(tx, now, new Date(now.getTime() + RENEW_BEFORE_MS), BATCH);
    for (const d of renewals) await DomainRepository.leaseRenewal(tx, d.id, lease);
    return { checks, issues, renewals };
  });
}

export function startDomainJob(o: { workerDb: Database; lifecycle: DomainLifecycle; logger: Logger; intervalMs: number; sweep?: () => Promise<unknown> }): DomainJob {
  let running: Promise<DomainJobReport> | null = null;

  async function pass(now: Date): Promise<DomainJobReport> {
    const claimed = await claimDue(o.workerDb, now);
    if (!claimed) return { ran: false, checked: 0, issued: 0, renewed: 0 };
    const report: DomainJobReport = { ran: true, checked: 0, issued: 0, renewed: 0 };
    for (const d of claimed.checks) {
      try {
        const checked = await o.lifecycle.check(d, systemContext(d.tenantId), o.lifecycle.runSystem);
        report.checked++;
        // Verified just now: order the certificate in this pass rather than the next.
        if (checked.status === 'VERIFIED' && (await o.lifecycle.issueIfWaiting(d.id))) report.issued++;
      } catch (e) {
        o.logger.warn({ err: e, hostname: d.hostname }, 'domain check failed');
      }
    }
    for (const d of claimed.issues) if (await o.lifecycle.issue(d, 'issued')) report.issued++;
    for (const d of claimed.renewals) if (await o.lifecycle.issue(d, 'renewed')) report.renewed++;
    await o.sweep?.().catch((e) => o.logger.warn({ err: e }, 'could not sweep expired ACME challenges'));
    return report;
  }

  // One pass at a time per process; a tick that finds one running skips.
  const runOnce = (now = new Date()) => (running ??= pass(now).finally(() => (running = null)));
  const timer = setInterval(() => {
    if (running) return;
    runOnce().catch((e) => o.logger.error({ err: e }, 'domain job pass failed'));
  }, o.intervalMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
