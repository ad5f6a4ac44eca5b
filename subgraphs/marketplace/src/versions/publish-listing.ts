// What "published" means, in one place: status, dist-tag latest, the agent's listing and the AgentVersionPublished event.
import semver from 'semver';
import { enqueueEvent } from '@nexus/db/outbox';
import type { Tx } from '../db';
import { AgentRepository, type AgentRow } from '../agents/agent-repository';
import { VersionRepository, type VersionRow } from './version-repository';

interface ListingManifest {
  displayName?: string; description?: string; keywords?: string[]; license?: string; protocol?: string;
  homepage?: string; repository?: string; skills?: { id: string }[]; kind?: string;
}

export async function markPublished(tx: Tx, agent: AgentRow, version: VersionRow, reviewer: { userId: string | null; at: Date }): Promise<VersionRow> {
  const published = await VersionRepository.update(tx, version.id, {
    status: 'PUBLISHED', publishedAt: reviewer.at, reviewedAt: reviewer.at, reviewedById: reviewer.userId, rejectionReason: null,
  });
  const others = (await VersionRepository.allOf(tx, agent.id)).filter((v) => v.status === 'PUBLISHED' && v.id !== version.id);
  // `latest` moves only forward and only to stable versions (npm's behaviour), unless nothing else exists.
  const stable = !semver.prerelease(version.version);
  const higherThanAll = others.every((o) => semver.gt(version.version, o.version));
  const becomesLatest = (stable && higherThanAll) || others.length === 0;
  if (becomesLatest) {
    const m = version.manifest as ListingManifest;
    await VersionRepository.setDistTag(tx, { tenantId: agent.tenantId, agentId: agent.id, tag: 'latest', version: version.version });
    await AgentRepository.update(tx, agent.id, {
      latestVersion: version.version, visibility: 'PUBLIC', readme: version.readme,
      displayName: m.displayName ?? agent.displayName, description: m.description ?? agent.description,
      tags: m.keywords ?? agent.tags, license: m.license ?? agent.license, protocol: m.protocol ?? agent.protocol,
      homepage: m.homepage ?? null, repository: m.repository ?? null, capabilities: (m.skills ?? []).map((s) => s.id),
      kind: m.kind === 'model' ? 'MODEL' : 'CODE',
    });
  }
  await enqueueEvent(tx, {
    type: 'AgentVersionPublished', tenantId: agent.tenantId,
    payload: { agentId: agent.id, name: agent.name, version: version.version, integrity: version.integrity, latest: becomesLatest },
  });
  return published;
}
