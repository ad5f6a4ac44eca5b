// The review queue: platform admins approve or reject pending versions of any publisher.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { enqueueEvent } from '@nexus/db/outbox';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import { AgentRepository } from '../agents/agent-repository';
import { PublisherRepository } from '../publishers/publisher-repository';
import { VersionRepository, type VersionRow } from '../versions/version-repository';
import { markPublished } from '../versions/publish-listing';

const ZDecision = z.object({
  versionId: z.uuid('must be a version id'),
  decision: z.enum(['APPROVE', 'REJECT']),
  reason: z.string().trim().max(1000, 'must be at most 1,000 characters').nullish(),
}).refine((d) => d.decision === 'APPROVE' || (d.reason && d.reason.length >= 3), { message: 'a rejection needs a reason the publisher can act on', path: ['reason'] });

export class ReviewQueueService {
  constructor(
    private readonly db: Database,
    private readonly workerDb: Database,
    private readonly adminScope: string | null,
    private readonly onChange: (agentId: string) => Promise<void> | void = () => {},
  ) {}

  /** Admins are OWNER/ADMIN members of the operator's organisation (PLATFORM_ADMIN_TENANT). */
  async isAdmin(ctx: RequestContext): Promise<boolean> {
    if (!this.adminScope || !ctx.tenantId || !ctx.userId || !ctx.roles.some((r) => r === 'OWNER' || r === 'ADMIN')) return false;
    const publisher = await withTenant(this.db, { tenantId: ctx.tenantId }, (tx) => PublisherRepository.byTenant(tx, ctx.tenantId!));
    return publisher?.scope === this.adminScope;
  }

  private async requireAdmin(ctx: RequestContext): Promise<void> {
    if (!(await this.isAdmin(ctx))) throw new DomainError(ErrorCode.FORBIDDEN, 'Only platform admins can review agent versions.');
  }

  async pending(ctx: RequestContext, args: PageArgs) {
    await this.requireAdmin(ctx);
    const page = decodePage(args);
    return withSystem(this.workerDb, async (tx) => {
      const [rows, total] = await Promise.all([VersionRepository.pending(tx, page), VersionRepository.countPending(tx)]);
      return toConnection(rows, page.skip, total);
    });
  }

  async decide(ctx: RequestContext, input: unknown): Promise<VersionRow> {
    await this.requireAdmin(ctx);
    const d = parseInput(ZDecision, input);
    const at = new Date();
    const result = await withSystem(this.workerDb, async (tx) => {
      const version = await VersionRepository.byId(tx, d.versionId);
      if (!version) throw new DomainError(ErrorCode.NOT_FOUND, 'No such version.', { field: 'versionId' });
      if (version.status !== 'PENDING_REVIEW') throw new DomainError(ErrorCode.CONFLICT, `This version was already ${version.status === 'PUBLISHED' ? 'approved' : 'rejected'}.`, { field: 'versionId' });
      const agent = (await AgentRepository.findById(tx, version.agentId))!;
      if (d.decision === 'APPROVE') return { agentId: agent.id, version: await markPublished(tx, agent, version, { userId: ctx.userId, at }) };
      const rejected = await VersionRepository.update(tx, version.id, { status: 'REJECTED', rejectionReason: d.reason!, reviewedAt: at, reviewedById: ctx.userId });
      await enqueueEvent(tx, { type: 'QualityAlert', tenantId: agent.tenantId, payload: { kind: 'AGENT_VERSION_REJECTED', agentId: agent.id, name: agent.name, version: version.version, reason: d.reason } });
      return { agentId: agent.id, version: rejected };
    });
    await this.onChange(result.agentId);
    return result.version;
  }
}
