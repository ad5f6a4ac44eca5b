// Ratings and reviews: one per user per agent, written by their author.
import type { Tx } from '../db';

export interface ReviewRow { id: string; agentId: string; userId: string; rating: number; title: string | null; body: string; createdAt: Date; updatedAt: Date }

export const RatingRepository = {
  upsert: (tx: Tx, data: { agentId: string; userId: string; rating: number; title: string | null; body: string }): Promise<ReviewRow> =>
    tx.agentReview.upsert({
      where: { agentId_userId: { agentId: data.agentId, userId: data.userId } },
      create: data,
      update: { rating: data.rating, title: data.title, body: data.body },
    }),
  list: (tx: Tx, agentId: string, page: { take: number; skip: number }): Promise<ReviewRow[]> =>
    tx.agentReview.findMany({ where: { agentId }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: page.take, skip: page.skip }),
  count: (tx: Tx, agentId: string): Promise<number> => tx.agentReview.count({ where: { agentId } }),
  byUser: (tx: Tx, agentId: string, userId: string): Promise<ReviewRow | null> =>
    tx.agentReview.findUnique({ where: { agentId_userId: { agentId, userId } } }),
  summary: async (tx: Tx, agentId: string) => {
    const agg = await tx.agentReview.aggregate({ where: { agentId }, _avg: { rating: true }, _count: { _all: true } });
    return { avg: agg._avg.rating, count: agg._count._all };
  },
  /** Denormalised onto the agent for ranking; runs on the worker connection (the agent belongs to another tenant). */
  storeSummary: (tx: Tx, agentId: string, s: { avg: number | null; count: number }) =>
    tx.agent.update({ where: { id: agentId }, data: { ratingAvg: s.avg, ratingCount: s.count } }),
};
