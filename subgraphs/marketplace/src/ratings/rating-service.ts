// Rating and reviewing agents: one editable review per user per agent; the agent's average follows.
import { z } from 'zod';
import { requireUser, type RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { withSystem } from '@nexus/db/tenant-client';
import { withTenant, type Database } from '../db';
import { AgentRepository } from '../agents/agent-repository';
import { RatingRepository, type ReviewRow } from './rating-repository';
import { privateViewTenant } from '../authz/private-view';

const ZRateInput = z.object({
  agentId: z.uuid('must be an agent id'),
  rating: z.number().int('must be a whole number of stars').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  title: z.string().trim().max(120, 'must be at most 120 characters').nullish().transform((t) => t || null),
  body: z.string().trim().max(5000, 'must be at most 5,000 characters').nullish().transform((b) => b ?? ''),
});

export class RatingService {
  constructor(private readonly db: Database, private readonly workerDb: Database, private readonly onChange: (agentId: string) => Promise<void> | void = () => {}) {}

  async rate(ctx: RequestContext, input: unknown): Promise<{ review: ReviewRow; agentId: string }> {
    const userId = requireUser(ctx);
    const data = parseInput(ZRateInput, input);
    const review = await withTenant(this.db, { tenantId: privateViewTenant(ctx), userId }, async (tx) => {
      // RLS hides private agents of other tenants, so "not found" covers both cases.
      if (!(await AgentRepository.findById(tx, data.agentId))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such agent.', { field: 'agentId' });
      return RatingRepository.upsert(tx, { ...data, userId });
    });
    await withSystem(this.workerDb, async (tx) => RatingRepository.storeSummary(tx, data.agentId, await RatingRepository.summary(tx, data.agentId)));
    await this.onChange(data.agentId);
    return { review, agentId: data.agentId };
  }

  async list(ctx: RequestContext, agentId: string, args: PageArgs) {
    const page = decodePage(args);
    return withTenant(this.db, { tenantId: privateViewTenant(ctx) }, async (tx) => {
      const [rows, total] = await Promise.all([RatingRepository.list(tx, agentId, page), RatingRepository.count(tx, agentId)]);
      return toConnection(rows, page.skip, total);
    });
  }

  viewerReview(ctx: RequestContext, agentId: string): Promise<ReviewRow | null> {
    if (!ctx.userId) return Promise.resolve(null);
    return withTenant(this.db, { tenantId: privateViewTenant(ctx), userId: ctx.userId }, (tx) => RatingRepository.byUser(tx, agentId, ctx.userId!));
  }
}
