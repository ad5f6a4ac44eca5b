// Usage counters: today's row per agent and the agent's lifetime totals, for installs and invocations alike.
import type { Tx } from '../db';

export type UsageKind = 'install' | 'invocation';

export const UsageRepository = {
  record: async (tx: Tx, agentId: string, kind: UsageKind, day: Date): Promise<void> => {
    const daily = kind === 'install' ? 'installs' : 'invocations';
    const lifetime = kind === 'install' ? 'downloads' : 'invocations';
    await tx.agentUsageDay.upsert({ where: { agentId_day: { agentId, day } }, create: { agentId, day, [daily]: 1 }, update: { [daily]: { increment: 1 } } });
    await tx.agent.update({ where: { id: agentId }, data: { [lifetime]: { increment: 1 } } });
  },
};
