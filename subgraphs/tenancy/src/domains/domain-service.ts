// Custom domains of the current organisation: add, verify, remove; owns the lifecycle and its scheduled job.
import { randomBytes } from 'node:crypto';
import { authorize } from '@nexus/kernel/authz/guard';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode, isDomainError } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { recordAudit } from '@nexus/db/audit';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import type { TenancyConfig } from '../config';
import { normalizeDomain } from './acme/domain-name';
import { createDbChallengeStore } from './acme/db-challenge-store';
import { createCertificateIssuer, type CertificateIssuer } from './certificate-issuer';
import { createDnsChecker, type DnsChecker } from './dns-check';
import { AUDIT_SOURCE, DomainLifecycle, type RunTx } from './domain-lifecycle';
import { startDomainJob, type DomainJob } from './domain-job';
import { DomainLookup } from './domain-lookup';
import { DomainRepository, type DomainWithCertificate } from './domain-repository';
import type { RoutingTargets } from './domain-records';

export interface DomainServiceDeps {
  db: Database;
  workerDb: Database;
  config: TenancyConfig;
  pubsub: PubSub;
  logger: Logger;
  /** Overrides for tests: a DNS checker or issuer other than the configured ones, and the job period. */
  dns?: DnsChecker;
  issuer?: CertificateIssuer;
  jobIntervalMs?: number;
}

const FIRST_CHECK_DELAY_MS = 60_000;
const JOB_INTERVAL_MS = 30_000;

/** The platform's own names are not for claiming: `<slug>.<baseDomain>` already addresses every tenant. */
function isPlatformName(hostname: string, config: Pick<TenancyConfig, 'baseDomain' | 'cnameTarget'>): boolean {
  const base = config.baseDomain?.toLowerCase();
  if (base && (hostname === base || hostname.endsWith(`.${base}`))) return true;
  return hostname === config.cnameTarget.toLowerCase();
}

function hostnameOf(input: unknown, config: Pick<TenancyConfig, 'baseDomain' | 'cnameTarget'>): string {
  let hostname: string;
  try {
    hostname = normalizeDomain(typeof input === 'string' ? input : '');
  } catch (e) {
    // normalizeDomain speaks of `domain`; this API's argument is `hostname`.
    if (isDomainError(e)) throw new DomainError(e.code, e.message, { field: 'hostname' });
    throw e;
  }
  if (isPlatformName(hostname, config)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${hostname} belongs to the platform (${config.baseDomain ?? config.cnameTarget}); add a domain you own.`, { field: 'hostname' });
  }
  return hostname;
}

const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No domain with this id in your organisation.', { field: 'id' });

export class DomainService {
  readonly targets: RoutingTargets;
  readonly lifecycle: DomainLifecycle;
  readonly challenges: ReturnType<typeof createDbChallengeStore>;
  /** Host → tenant and host → certificate, for the gateway's internal calls. */
  readonly lookup: DomainLookup;
  private job: DomainJob | null = null;

  constructor(private readonly d: DomainServiceDeps) {
    this.targets = { cnameTarget: d.config.cnameTarget.toLowerCase(), edgeIpv4: d.config.edgeIpv4 };
    this.challenges = createDbChallengeStore(d.workerDb);
    this.lookup = new DomainLookup(d.workerDb, d.config);
    this.lifecycle = new DomainLifecycle({
      workerDb: d.workerDb,
      encryptionKey: d.config.encryptionKey,
      targets: this.targets,
      dns: d.dns ?? createDnsChecker(d.config.dnsServers),
      issuer: d.issuer ?? createCertificateIssuer(d.config, this.challenges),
      pubsub: d.pubsub,
      logger: d.logger,
    });
  }

  private asTenant(ctx: RequestContext, tenantId: string): RunTx {
    return (fn) => withTenant(this.d.db, { tenantId, userId: ctx.userId }, fn);
  }

  async list(ctx: RequestContext): Promise<DomainWithCertificate[]> {
    const tenantId = authorize(ctx, 'domains:manage');
    return this.asTenant(ctx, tenantId)((tx) => DomainRepository.list(tx, tenantId));
  }

  async get(ctx: RequestContext, id: string): Promise<DomainWithCertificate | null> {
    const tenantId = authorize(ctx, 'domains:manage');
    if (!isUuid(id)) return null;
    return this.asTenant(ctx, tenantId)((tx) => DomainRepository.findById(tx, id));
  }

  async add(ctx: RequestContext, input: unknown): Promise<DomainWithCertificate> {
    const tenantId = authorize(ctx, 'domains:manage');
    const hostname = hostnameOf(input, this.d.config);
    const claimed = () => new DomainError(ErrorCode.CONFLICT, `${hostname} is already claimed by another organisation.`, { field: 'hostname' });
    // Other tenants' rows are invisible through RLS, so the look-up goes through the worker database.
    const existing = await withSystem(this.d.workerDb, (tx) => DomainRepository.findByHostname(tx, hostname));
    if (existing) throw existing.tenantId === tenantId ? new DomainError(ErrorCode.CONFLICT, `${hostname} is already claimed by your organisation.`, { field: 'hostname' }) : claimed();
    return this.asTenant(ctx, tenantId)(async (tx) => {
      const row = await DomainRepository.create(tx, { tenantId, hostname, verificationToken: randomBytes(16).toString('hex'), nextCheckAt: new Date(Date.now() + FIRST_CHECK_DELAY_MS) });
      await recordAudit(tx, ctx, { action: 'domain.added', source: AUDIT_SOURCE, targetType: 'domain', targetId: row.id, targetLabel: hostname, after: { hostname, status: row.status } });
      return row;
    }).catch((e: { code?: string }) => {
      // Another organisation added the same name between the look-up and the insert.
      if (e.code === 'P2002') throw claimed();
      throw e;
    });
  }

  /** Checks DNS now; a verified domain without a certificate gets its order started right away. */
  async verify(ctx: RequestContext, id: string): Promise<DomainWithCertificate> {
    const tenantId = authorize(ctx, 'domains:manage');
    const run = this.asTenant(ctx, tenantId);
    const domain = isUuid(id) ? await run((tx) => DomainRepository.findById(tx, id)) : null;
    if (!domain) throw notFound();
    const checked = await this.lifecycle.check(domain, ctx, run);
    if (checked.status === 'VERIFIED' || checked.status === 'FAILED') this.lifecycle.kickIssue(checked.id);
    return checked;
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    const tenantId = authorize(ctx, 'domains:manage');
    const removed = await this.asTenant(ctx, tenantId)(async (tx) => {
      const row = isUuid(id) ? await DomainRepository.findById(tx, id) : null;
      if (!row) throw notFound();
      await DomainRepository.remove(tx, row.id);
      await recordAudit(tx, ctx, {
        action: 'domain.removed', source: AUDIT_SOURCE, targetType: 'domain', targetId: row.id, targetLabel: row.hostname,
        before: { hostname: row.hostname, status: row.status, certificateNotAfter: row.certificate?.notAfter.toISOString() ?? null },
      });
      return row;
    });
    await this.lifecycle.changed(removed.hostname);
  }

  /** Starts the scheduled checks, orders and renewals (createTenancySubgraph calls it; tests may drive runJob instead). */
  startJob(): void {
    this.job ??= startDomainJob({ workerDb: this.d.workerDb, lifecycle: this.lifecycle, logger: this.d.logger, intervalMs: this.d.jobIntervalMs ?? JOB_INTERVAL_MS, sweep: () => this.challenges.sweep() });
  }

  runJob(now?: Date) {
    this.startJob();
    return this.job!.runOnce(now);
  }

  async close(): Promise<void> {
    await this.job?.stop();
    await this.lifecycle.close();
  }
}
