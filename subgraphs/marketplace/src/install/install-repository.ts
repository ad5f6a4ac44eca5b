// Install counters. Usage belongs to the agent's publisher, not the caller, so these run on the worker's system transaction.
import type { Tx } from '../db';

export const InstallRepository = {
  /** One install: today's usage row and the agent's lifetime `downloads`. */
  count: async (tx: Tx, agentId: string, day: Date): Promise<void> => {
    await tx.agentUsageDay.upsert({ where: { agentId_day: { agentId, day } }, create: { agentId, day, installs: 1 }, update: { installs: { increment: 1 } } });
    await tx.agent.update({ where: { id: agentId }, data: { downloads: { increment: 1 } } });
  },
};
