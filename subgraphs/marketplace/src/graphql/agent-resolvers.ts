// Field resolvers of Agent, AgentVersion and AgentReview.
import type { AgentResolvers, AgentVersionResolvers, AgentReviewResolvers } from '../generated/resolvers-types';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const Agent: AgentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.agentById.load(ref.id),
  rating: (a) => a.ratingAvg,
  createdAt: (a) => a.createdAt.toISOString(),
  updatedAt: (a) => a.updatedAt.toISOString(),
  publisher: (a) => ({ id: a.tenantId }),
  scope: (a) => a.name.slice(1, a.name.indexOf('/')),
  verified: async (a, _x, { loaders }) => (await loaders.publisherByTenant.load(a.tenantId))?.verified ?? false,
  kind: (a) => a.kind.toLowerCase(),
  visibility: (a) => a.visibility,
  distTags: (a, _x, { req, services }) => services.versions.distTags(req, a.id),
  versions: (a, args, { req, services }) => services.versions.list(req, a, args),
  version: (a, { version }, { req, services }) => services.versions.find(req, a, version),
  reviews: (a, args, { req, services }) => services.ratings.list(req, a.id, args),
  viewerReview: (a, _x, { req, services }) => services.ratings.viewerReview(req, a.id),
  dependencyGraph: (a, { range }, { req, services }) => services.dependencies.resolve(req, a, range),
  installCommand: (a) => `npx nexus install ${a.name}@${a.latestVersion}`,
};

interface StoredStep { name: string; status: string; durationMs: number; summary: string; findings?: { severity: string; code: string; message: string; file?: string; line?: number }[]; metrics?: { name: string; value: number }[] }

export const AgentVersion: AgentVersionResolvers = {
  name: (v) => (v.manifest as { name: string }).name,
  manifestJson: (v) => JSON.stringify(v.manifest, null, 2),
  dependencies: (v) => Object.entries((v.dependencies ?? {}) as Record<string, string>).map(([name, range]) => ({ name, range })),
  report: (v) => ({
    steps: ((v.report as { steps?: StoredStep[] })?.steps ?? []).map((s) => ({
      name: s.name, status: s.status, durationMs: Math.round(s.durationMs), summary: s.summary,
      findings: (s.findings ?? []).map((f) => ({ ...f, file: f.file ?? null, line: f.line ?? null })), metrics: s.metrics ?? [],
    })),
  }),
  publishedAt: (v) => iso(v.publishedAt),
  createdAt: (v) => v.createdAt.toISOString(),
  // Review-queue rows arrive with their agent (loaded past RLS for moderators); others load through the caller's view.
  agent: async (v, _x, { loaders }) => {
    const preloaded = (v as typeof v & { agent?: Awaited<ReturnType<typeof loaders.agentById.load>> }).agent;
    const agent = preloaded ?? (await loaders.agentById.load(v.agentId));
    if (!agent) throw new Error(`agent ${v.agentId} of version ${v.id} is not visible`);
    return agent;
  },
};

export const AgentReview: AgentReviewResolvers = {
  authorId: (r) => r.userId,
  createdAt: (r) => r.createdAt.toISOString(),
  updatedAt: (r) => r.updatedAt.toISOString(),
};
