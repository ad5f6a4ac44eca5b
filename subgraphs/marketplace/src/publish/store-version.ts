// The pipeline's last write: quota, agent and version rows, auto-approval, audit row and usage events in one transaction.
import type { RequestContext } from '@nexus/kernel/context';
import type { BlobInfo } from '@nexus/kernel/ports/blob-store';
import { recordAudit } from '@nexus/db/audit';
import type { Tx } from '../db';
import type { TAgentManifest } from '@nexus/agent-sdk/manifest';
import { AgentRepository } from '../agents/agent-repository';
import { VersionRepository, type VersionRow } from '../versions/version-repository';
import { markPublished } from '../versions/publish-listing';
import { checkPublishQuota, enqueueUsage } from '../quota/publish-quota';
import type { MeasuredStep } from './benchmark-step';

export interface StoreVersionInput {
  ctx: RequestContext;
  tenantId: string;
  manifest: TAgentManifest;
  readme: string;
  fileCount: number;
  blob: BlobInfo;
  steps: MeasuredStep[];
  autoApprove: boolean;
}

/** Refusals (quota) throw before anything is written, so the caller only has the blob to clean up. */
export async function storeVersion(tx: Tx, input: StoreVersionInput): Promise<{ agentId: string; row: VersionRow }> {
  const { ctx, tenantId, manifest, blob } = input;
  const existing = await AgentRepository.findByName(tx, manifest.name);
  const usage = await checkPublishQuota(tx, ctx, tenantId, { newAgent: !existing, sizeBytes: blob.size });
  const agent = existing ?? (await AgentRepository.create(tx, {
    tenantId, name: manifest.name, displayName: manifest.displayName ?? manifest.name, description: manifest.description,
    tags: manifest.keywords ?? [], latestVersion: manifest.version, visibility: 'PRIVATE', license: manifest.license, protocol: manifest.protocol,
    capabilities: manifest.skills.map((s) => s.id), kind: manifest.kind === 'model' ? 'MODEL' : 'CODE',
  }));
  const stored = await VersionRepository.create(tx, {
    tenantId, agentId: agent.id, version: manifest.version, manifest: manifest as object, readme: input.readme,
    integrity: blob.integrity, blobKey: blob.key, sizeBytes: blob.size, fileCount: input.fileCount, dependencies: manifest.dependencies ?? {},
    report: { steps: input.steps } as object, publishedById: ctx.userId,
  });
  const row = input.autoApprove ? await markPublished(tx, agent, stored, { userId: null, at: new Date() }) : stored;
  await recordAudit(tx, ctx, {
    source: 'marketplace', action: input.autoApprove ? 'agent_version.published' : 'agent_version.submitted',
    targetType: 'agent_version', targetId: row.id, targetLabel: `${agent.name}@${row.version}`,
    after: { status: row.status, integrity: row.integrity, sizeBytes: row.sizeBytes, newAgent: !existing },
  });
  await enqueueUsage(tx, tenantId, { publishedAgents: existing ? undefined : usage.publishedAgents, storageBytes: usage.storageBytes });
  return { agentId: agent.id, row };
}
