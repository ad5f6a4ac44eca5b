// Plan limits on publishing (publishedAgents, storageBytes) and the usage gauges the marketplace reports to tenancy.
import type { RequestContext } from '@nexus/kernel/context';
import { assertWithinQuota } from '@nexus/kernel/quota';
import { enqueueEvent } from '@nexus/db/outbox';
import type { Tx } from '../db';
import { PublisherUsageRepository, type PublisherUsage } from './publisher-usage-repository';

export interface PublishChange {
  /** True when this upload creates the agent (its first version). */
  newAgent: boolean;
  /** Size of the package about to be stored. */
  sizeBytes: number;
}

/** Throws QUOTA_EXCEEDED naming the limit when the upload would not fit the plan (no limit in the context → unlimited). */
export function assertPublishFits(ctx: Pick<RequestContext, 'limits'>, usage: PublisherUsage, change: PublishChange): void {
  if (change.newAgent) assertWithinQuota(ctx, 'publishedAgents', usage.publishedAgents, 1);
  assertWithinQuota(ctx, 'storageBytes', usage.storageBytes, change.sizeBytes);
}

/** Early answer, before the package is scanned, benchmarked and stored; `checkPublishQuota` inside the write decides. */
export async function precheckPublishQuota(tx: Tx, ctx: RequestContext, tenantId: string, change: PublishChange): Promise<void> {
  assertPublishFits(ctx, await PublisherUsageRepository.usage(tx, tenantId), change);
}

/**
 * The authoritative check, in the transaction that stores the version: locks the tenant's publishing,
 * counts, and returns the usage the tenant will have once the transaction commits.
 */
export async function checkPublishQuota(tx: Tx, ctx: RequestContext, tenantId: string, change: PublishChange): Promise<PublisherUsage> {
  await PublisherUsageRepository.lock(tx, tenantId);
  const usage = await PublisherUsageRepository.usage(tx, tenantId);
  assertPublishFits(ctx, usage, change);
  return { publishedAgents: usage.publishedAgents + (change.newAgent ? 1 : 0), storageBytes: usage.storageBytes + change.sizeBytes };
}

/** Absolute values (`mode: 'set'`), so a lost or repeated event never leaves tenancy's gauge drifting. */
export async function enqueueUsage(tx: Tx, tenantId: string, usage: Partial<PublisherUsage>): Promise<void> {
  for (const [metric, value] of Object.entries(usage)) {
    if (value === undefined) continue;
    await enqueueEvent(tx, { type: 'UsageRecorded', tenantId, payload: { tenantId, metric, value, mode: 'set' } });
  }
}
