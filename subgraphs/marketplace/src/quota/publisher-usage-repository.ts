// What a publishing tenant uses of its plan: its agents and the bytes of every package version it stored.
import type { Tx } from '../db';

export interface PublisherUsage {
  /** Every agent the tenant publishes, in review or live (the agent row exists from the first upload). */
  publishedAgents: number;
  /** Sum of the stored package sizes of all its versions, rejected ones included (their packages stay stored). */
  storageBytes: number;
}

export const PublisherUsageRepository = {
  /**
   * Serialises quota-checked publishes of one tenant until the transaction ends, so two uploads cannot both
   * pass a check that only one of them fits. Advisory: nothing else waits on it.
   */
  lock: async (tx: Tx, tenantId: string): Promise<void> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`marketplace-quota:${tenantId}`}, 0))`;
  },
  usage: async (tx: Tx, tenantId: string): Promise<PublisherUsage> => {
    const publishedAgents = await tx.agent.count({ where: { tenantId } });
    // SUM over int is bigint in PostgreSQL: read it as such rather than trusting a 32-bit aggregate.
    const [row] = await tx.$queryRaw<{ total: bigint }[]>`SELECT COALESCE(SUM(size_bytes), 0)::bigint AS total FROM agent_versions WHERE tenant_id = ${tenantId}::uuid`;
    return { publishedAgents, storageBytes: Number(row?.total ?? 0n) };
  },
};
