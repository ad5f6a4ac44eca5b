// Reading versions, deprecating ranges and moving dist-tags; versions themselves never change once stored.
//
// Permissions: deprecating (and un-deprecating) needs `agents:deprecate`. Moving a dist-tag needs
// `agents:publish`: pointing `latest` at a version decides what every install receives, which is a
// release decision like publishing (npm also ties `dist-tag` to publish rights), not a retirement.
import semver from 'semver';
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { recordAudit } from '@nexus/db/audit';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { withTenant, type Database, type Tx } from '../db';
import { privateViewTenant } from '../authz/private-view';
import { AgentRepository, type AgentRow } from '../agents/agent-repository';
import { VersionRepository, type VersionRow } from './version-repository';

const ZTag = z.string().trim().regex(/^[a-z][a-z0-9._-]{0,31}$/, 'must be 1–32 lower-case letters, digits, dots, dashes or underscores, starting with a letter')
  .refine((t) => !semver.validRange(t) || t === 'latest', 'must not look like a version or range');
const ZDeprecate = z.object({
  name: z.string().trim().min(1, 'is required'),
  range: z.string().trim().refine((r) => semver.validRange(r) !== null, 'must be a valid semver range'),
  message: z.string().trim().max(500, 'must be at most 500 characters'),
});

export class VersionService {
  constructor(private readonly db: Database, private readonly onChange: (agentId: string) => Promise<void> | void = () => {}) {}

  private scoped<T>(ctx: RequestContext, fn: Parameters<typeof withTenant<T>>[2]) {
    return withTenant(this.db, { tenantId: privateViewTenant(ctx) }, fn);
  }

  /** Owners see every status; everyone else sees what RLS lets through: published versions of public agents. */
  async list(ctx: RequestContext, agent: AgentRow, args: PageArgs) {
    const page = decodePage(args);
    return this.scoped(ctx, async (tx) => {
      const [rows, total] = await Promise.all([VersionRepository.list(tx, agent.id, page), VersionRepository.count(tx, agent.id)]);
      return toConnection(rows, page.skip, total);
    });
  }

  /** By exact version or dist-tag. */
  async find(ctx: RequestContext, agent: AgentRow, versionOrTag: string): Promise<VersionRow | null> {
    return this.scoped(ctx, async (tx) => {
      const exact = semver.valid(versionOrTag);
      if (exact) return VersionRepository.find(tx, agent.id, exact);
      const tag = (await VersionRepository.distTags(tx, agent.id)).find((t) => t.tag === versionOrTag);
      return tag ? VersionRepository.find(tx, agent.id, tag.version) : null;
    });
  }

  distTags(ctx: RequestContext, agentId: string) {
    return this.scoped(ctx, (tx) => VersionRepository.distTags(tx, agentId));
  }

  private async ownAgent(tenantId: string, tx: Tx, name: string): Promise<AgentRow> {
    const agent = await AgentRepository.findByName(tx, name.toLowerCase());
    if (!agent || agent.tenantId !== tenantId) throw new DomainError(ErrorCode.NOT_FOUND, `Your organisation publishes no agent called ${name}.`, { field: 'name' });
    return agent;
  }

  async deprecate(ctx: RequestContext, input: unknown): Promise<number> {
    const tenantId = authorize(ctx, 'agents:deprecate');
    const data = parseInput(ZDeprecate, input);
    const count = await withTenant(this.db, { tenantId }, async (tx) => {
      const agent = await this.ownAgent(tenantId, tx, data.name);
      const matched = (await VersionRepository.allOf(tx, agent.id)).filter((v) => semver.satisfies(v.version, data.range, { includePrerelease: true }));
      if (!matched.length) throw new DomainError(ErrorCode.NOT_FOUND, `No version of ${agent.name} matches ${data.range}.`, { field: 'range' });
      const message = data.message || null;
      await VersionRepository.deprecate(tx, matched.map((v) => v.id), message);
      // An empty message lifts the deprecation; the log says which of the two happened.
      await recordAudit(tx, ctx, {
        source: 'marketplace', action: message ? 'agent.deprecated' : 'agent.undeprecated', targetType: 'agent', targetId: agent.id, targetLabel: agent.name,
        before: { versions: Object.fromEntries(matched.map((v) => [v.version, v.deprecated])) },
        after: { range: data.range, message, versions: matched.map((v) => v.version) },
      });
      return { agentId: agent.id, count: matched.length };
    });
    await this.onChange(count.agentId);
    return count.count;
  }

  async setDistTag(ctx: RequestContext, input: { name: string; tag: string; version: string }) {
    const tenantId = authorize(ctx, 'agents:publish');
    const tag = parseInput(ZTag, input.tag);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const agent = await this.ownAgent(tenantId, tx, input.name);
      const version = await VersionRepository.find(tx, agent.id, input.version.trim());
      if (!version || version.status !== 'PUBLISHED') throw new DomainError(ErrorCode.NOT_FOUND, `${agent.name}@${input.version} is not a published version.`, { field: 'version' });
      const before = (await VersionRepository.distTags(tx, agent.id)).find((t) => t.tag === tag)?.version ?? null;
      await VersionRepository.setDistTag(tx, { tenantId, agentId: agent.id, tag, version: version.version });
      if (tag === 'latest') await AgentRepository.update(tx, agent.id, { latestVersion: version.version });
      await recordAudit(tx, ctx, {
        source: 'marketplace', action: 'dist_tag.set', targetType: 'dist_tag', targetId: `${agent.id}:${tag}`, targetLabel: `${agent.name}@${tag}`,
        before: { tag, version: before }, after: { tag, version: version.version },
      });
      return VersionRepository.distTags(tx, agent.id);
    });
  }

  async myAgents(ctx: RequestContext, args: PageArgs) {
    const tenantId = authorize(ctx, 'agents:read');
    const page = decodePage(args);
    return withTenant(this.db, { tenantId }, async (tx) => {
      const [rows, total] = await Promise.all([AgentRepository.listOwn(tx, tenantId, page), AgentRepository.countOwn(tx, tenantId)]);
      return toConnection(rows, page.skip, total);
    });
  }
}
