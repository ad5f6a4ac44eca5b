// Publisher standing: anyone reads it; platform admins change verification and the auto-approve policy.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import { PublisherRepository, type PublisherRow } from '../publishers/publisher-repository';
import type { ReviewQueueService } from './review-queue-service';

const ZUpdate = z.object({
  scope: z.string().trim().toLowerCase().min(1, 'is required'),
  verified: z.boolean().nullish(),
  autoApprove: z.boolean().nullish(),
}).refine((u) => u.verified != null || u.autoApprove != null, { message: 'change verified or autoApprove', path: ['verified'] });

export class PublisherPolicyService {
  constructor(private readonly db: Database, private readonly workerDb: Database, private readonly admins: ReviewQueueService, private readonly onChange: (tenantId: string) => Promise<void> | void = () => {}) {}

  find(scope: string): Promise<PublisherRow | null> {
    return withTenant(this.db, { tenantId: null }, (tx) => PublisherRepository.byScope(tx, scope.trim().toLowerCase()));
  }

  async update(ctx: RequestContext, input: unknown): Promise<PublisherRow> {
    if (!(await this.admins.isAdmin(ctx))) throw new DomainError(ErrorCode.FORBIDDEN, 'Only platform admins can change a publisher.');
    const u = parseInput(ZUpdate, input);
    const updated = await withSystem(this.workerDb, async (tx) => {
      const current = await PublisherRepository.byScope(tx, u.scope);
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, `No publisher with the scope @${u.scope}.`, { field: 'scope' });
      return tx.publisher.update({
        where: { tenantId: current.tenantId },
        data: { ...(u.verified != null ? { verified: u.verified } : {}), ...(u.autoApprove != null ? { autoApprove: u.autoApprove } : {}) },
      });
    });
    await this.onChange(updated.tenantId);
    return updated;
  }
}
