// Publisher standing: anyone reads it; platform moderators change verification and the auto-approve policy.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { recordAudit } from '@nexus/db/audit';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import { PublisherRepository, type PublisherRow } from '../publishers/publisher-repository';
import type { ReviewQueueService } from './review-queue-service';

const ZUpdate = z.object({
  scope: z.string().trim().toLowerCase().min(1, 'is required'),
  verified: z.boolean().nullish(),
  autoApprove: z.boolean().nullish(),
}).refine((u) => u.verified != null || u.autoApprove != null, { message: 'change verified or autoApprove', path: ['verified'] });

const standing = (p: PublisherRow) => ({ verified: p.verified, autoApprove: p.autoApprove });

export class PublisherPolicyService {
  constructor(private readonly db: Database, private readonly workerDb: Database, private readonly admins: ReviewQueueService, private readonly onChange: (tenantId: string) => Promise<void> | void = () => {}) {}

  find(scope: string): Promise<PublisherRow | null> {
    return withTenant(this.db, { tenantId: null }, (tx) => PublisherRepository.byScope(tx, scope.trim().toLowerCase()));
  }

  /** Like moderation, it changes another tenant's row: through the worker, audited in that tenant's log. */
  async update(ctx: RequestContext, input: unknown): Promise<PublisherRow> {
    await this.admins.fence.authorize(ctx);
    const u = parseInput(ZUpdate, input);
    const updated = await withSystem(this.workerDb, async (tx) => {
      const current = await PublisherRepository.byScope(tx, u.scope);
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, `No publisher with the scope @${u.scope}.`, { field: 'scope' });
      const next = await PublisherRepository.updatePolicy(tx, current.tenantId, {
        ...(u.verified != null ? { verified: u.verified } : {}), ...(u.autoApprove != null ? { autoApprove: u.autoApprove } : {}),
      });
      await recordAudit(tx, ctx, {
        source: 'marketplace', tenantId: current.tenantId, action: 'publisher.updated',
        targetType: 'publisher', targetId: current.tenantId, targetLabel: `@${current.scope}`, before: standing(current), after: standing(next),
      });
      return next;
    });
    await this.onChange(updated.tenantId);
    return updated;
  }
}
