// The review queue: platform moderators approve or reject pending versions of any publisher.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { recordAudit } from '@nexus/db/audit';
import { enqueueEvent } from '@nexus/db/outbox';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import { AgentRepository } from '../agents/agent-repository';
import { VersionRepository, type VersionRow } from '../versions/version-repository';
import { markPublished } from '../versions/publish-listing';
import { ModeratorFence } from './moderator-fence';

const ZDecision = z.object({
  versionId: z.uuid('must be a version id'),
  decision: z.enum(['APPROVE', 'REJECT']),
  reason: z.string().trim().max(1000, 'must be at most 1,000 characters').nullish(),
}).refine((d) => d.decision === 'APPROVE' || (d.reason && d.reason.length >= 3), { message: 'a rejection needs a reason the publisher can act on', path: ['reason'] });

export class ReviewQueueService {
  readonly fence: ModeratorFence;

  constructor(
    db: Database,
    private readonly workerDb: Database,
    /** Publisher scope (organisation slug) of the operator; null → nobody moderates. */
    adminScope: string | null,
    private readonly onChange: (agentId: string) => Promise<void> | void = () => {},
  ) {
    this.fence = new ModeratorFence(db, adminScope);
  }

  async pending(ctx: RequestContext, args: PageArgs) {
    await this.fence.authorize(ctx);
    const page = decodePage(args);
    return withSystem(this.workerDb, async (tx) => {
      const [rows, total] = await Promise.all([VersionRepository.pending(tx, page), VersionRepository.countPending(tx)]);
      return toConnection(rows, page.skip, total);
    });
  }

  /**
   * Moderation acts on another tenant's version, so it writes through the worker (BYPASSRLS) and files the
   * audit row under the publisher's tenant: that organisation's log shows who decided about its agent.
   */
  async decide(ctx: RequestContext, input: unknown): Promise<VersionRow> {
    await this.fence.authorize(ctx);
    const d = parseInput(ZDecision, input);
    const at = new Date();
    const result = await withSystem(this.workerDb, async (tx) => {
      const version = await VersionRepository.byId(tx, d.versionId);
      if (!version) throw new DomainError(ErrorCode.NOT_FOUND, 'No such version.', { field: 'versionId' });
      if (version.status !== 'PENDING_REVIEW') throw new DomainError(ErrorCode.CONFLICT, `This version was already ${version.status === 'PUBLISHED' ? 'approved' : 'rejected'}.`, { field: 'versionId' });
      const agent = (await AgentRepository.findById(tx, version.agentId))!;
      const decided = d.decision === 'APPROVE'
        ? await markPublished(tx, agent, version, { userId: ctx.userId, at })
        : await VersionRepository.update(tx, version.id, { status: 'REJECTED', rejectionReason: d.reason!, reviewedAt: at, reviewedById: ctx.userId });
      if (d.decision === 'REJECT') {
        await enqueueEvent(tx, { type: 'QualityAlert', tenantId: agent.tenantId, payload: { kind: 'AGENT_VERSION_REJECTED', agentId: agent.id, name: agent.name, version: version.version, reason: d.reason } });
      }
      await recordAudit(tx, ctx, {
        source: 'marketplace', tenantId: agent.tenantId, action: d.decision === 'APPROVE' ? 'agent_version.approved' : 'agent_version.rejected',
        targetType: 'agent_version', targetId: version.id, targetLabel: `${agent.name}@${version.version}`,
        before: { status: version.status }, after: { status: decided.status, ...(d.decision === 'REJECT' ? { reason: d.reason } : {}) },
      });
      return { agentId: agent.id, version: decided };
    });
    await this.onChange(result.agentId);
    return result.version;
  }
}
