// The publish pipeline: archive guards → manifest → ownership → quota → security scan → benchmark → storage → review.
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import { withTenant, type Database } from '../db';
import { AgentRepository } from '../agents/agent-repository';
import { PublisherRepository } from '../publishers/publisher-repository';
import { VersionRepository, type VersionRow } from '../versions/version-repository';
import { precheckPublishQuota } from '../quota/publish-quota';
import type { AgentExecutor } from '../execution/agent-executor';
import { toLoadedPackage } from '../execution/loaded-package';
import { readPackageArchive, DEFAULT_ARCHIVE_LIMITS } from './archive-guards';
import { scanPackage } from './security-scan';
import { runBenchmarkStep, DEFAULT_BENCHMARK_POLICY, type BenchmarkPolicy, type MeasuredStep } from './benchmark-step';
import type { TOsvAdvisory } from './osv-advisories';
import type { LicensePolicy } from './scan-license';
import { buildReport, isBlocking } from './step-report';
import { failedStep, manifestStep, measured, ownershipFindings } from './pipeline-steps';
import { storeVersion } from './store-version';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface PublishPolicy {
  advisories: () => Promise<TOsvAdvisory[]>;
  licensePolicy?: LicensePolicy;
  benchmark?: BenchmarkPolicy;
}

export interface PublishOutcome {
  version: VersionRow | null;
  report: { steps: MeasuredStep[] };
  /** Set when the pipeline refused the package. */
  rejection: string | null;
}

export class PublishService {
  constructor(
    private readonly db: Database,
    private readonly blobs: BlobStore,
    private readonly executor: AgentExecutor,
    private readonly policy: PublishPolicy,
    private readonly onChange: (agentId: string) => Promise<void> | void = () => {},
  ) {}

  private decode(tarball: string): Buffer {
    const compact = tarball.replace(/\s+/g, '');
    if (!compact || compact.length % 4 !== 0 || !BASE64.test(compact)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'tarball must be the base64 of a .tgz package.', { field: 'tarball' });
    if ((compact.length / 4) * 3 > DEFAULT_ARCHIVE_LIMITS.maxCompressedBytes + 2) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The package is larger than 10 MB.', { field: 'tarball' });
    return Buffer.from(compact, 'base64');
  }

  /**
   * A new organisation becomes a publisher when its TenantCreated event arrives (outbox → bus), a few hundred
   * milliseconds after sign-up; an upload in that window waits for it instead of failing.
   */
  private async awaitPublisher(tenantId: string, timeoutMs = 3000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await withTenant(this.db, { tenantId }, (tx) => PublisherRepository.byTenant(tx, tenantId));
      if (row || Date.now() > deadline) return row;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** After a refused or failed write: the stored package goes unless a committed version uses the same bytes. */
  private async releaseBlob(tenantId: string, key: string): Promise<void> {
    const used = await withTenant(this.db, { tenantId }, (tx) => VersionRepository.countByBlob(tx, key));
    if (used === 0) await this.blobs.delete(key);
  }

  async publish(ctx: RequestContext, input: { tarball: string }): Promise<PublishOutcome> {
    const tenantId = authorize(ctx, 'agents:publish');
    const bytes = this.decode(input.tarball);
    const steps: MeasuredStep[] = [];
    const reject = (reason: string): PublishOutcome => ({ version: null, report: { steps }, rejection: reason });
    const firstBlocking = (s: MeasuredStep) => s.findings.find(isBlocking)?.message ?? s.summary;

    const archive = await readPackageArchive(bytes);
    steps.push(measured(archive.report));
    if (!archive.ok) return reject(firstBlocking(steps[0]!));
    const files = archive.files;

    const { step: manifestReport, manifest } = manifestStep(files);
    steps.push(manifestReport);
    if (!manifest) return reject(firstBlocking(manifestReport));

    let started = performance.now();
    const registered = await this.awaitPublisher(tenantId);
    const { publisher, existing } = await withTenant(this.db, { tenantId }, async (tx) => {
      const agent = await AgentRepository.findByName(tx, manifest.name);
      return {
        publisher: registered,
        existing: agent ? { ownedByCaller: agent.tenantId === tenantId, versionExists: !!(await VersionRepository.find(tx, agent.id, manifest.version)) } : null,
      };
    });
    const ownership = ownershipFindings(manifest, publisher?.scope ?? null, existing);
    steps.push(ownership.length ? failedStep('ownership', started, ownership) : measured(buildReport('ownership', started, [], `@${publisher!.scope} is your scope and ${manifest.version} is a new version`)));
    if (ownership.length) return reject(ownership[0]!.message);
    // Refuse an upload the plan cannot hold before scanning and benchmarking it; storeVersion checks again under a lock.
    await withTenant(this.db, { tenantId }, (tx) => precheckPublishQuota(tx, ctx, tenantId, { newAgent: !existing, sizeBytes: bytes.length }));

    const security = measured(scanPackage({ files, manifest: { ...manifest, permissions: { hosts: manifest.permissions.hosts, secrets: manifest.permissions.secrets } }, advisories: await this.policy.advisories(), licensePolicy: this.policy.licensePolicy }));
    steps.push({ ...security, name: 'security' });
    if (security.status === 'failed') return reject(firstBlocking(security));

    if (manifest.kind === 'code') {
      const bench = await runBenchmarkStep(this.executor, ctx, toLoadedPackage(manifest, files), this.policy.benchmark ?? DEFAULT_BENCHMARK_POLICY);
      steps.push(bench);
      if (bench.status === 'failed') return reject(firstBlocking(bench));
    }

    started = performance.now();
    const blob = await this.blobs.put(bytes, { contentType: 'application/gzip' });
    steps.push(measured(buildReport('storage', started, [], `stored ${blob.size} bytes as ${blob.integrity.slice(0, 24)}…`)));

    started = performance.now();
    const clean = steps.every((s) => s.findings.every((f) => f.severity === 'low' || f.severity === 'info'));
    const autoApprove = !!publisher?.autoApprove && clean;
    const reviewStep = measured(buildReport('review', started, [], autoApprove ? 'auto-approved: the publisher is trusted and nothing was flagged' : 'waiting in the review queue'));
    steps.push(reviewStep);
    const readme = (manifest.readme ? files.get(manifest.readme) : undefined)?.toString('utf8') ?? '';
    const version = await withTenant(this.db, { tenantId }, (tx) =>
      storeVersion(tx, { ctx, tenantId, manifest, readme, fileCount: files.size, blob, steps, autoApprove }),
    ).catch(async (e: { code?: string }) => {
      // Best effort: an orphaned package only wastes space, while hiding the refusal would mislead the caller.
      await this.releaseBlob(tenantId, blob.key).catch(() => {});
      if (e.code === 'P2002') throw new DomainError(ErrorCode.CONFLICT, `${manifest.name}@${manifest.version} was published a moment ago; versions are immutable.`, { field: 'tarball' });
      throw e;
    });
    await this.onChange(version.agentId);
    return { version: version.row, report: { steps }, rejection: null };
  }
}
