// Root Query and Mutation fields: parse, call a service, shape the payload.
import { asPayload } from '@nexus/kernel/payload';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types';
import type { MeasuredStep } from '../publish/benchmark-step';

const reportOut = (steps: MeasuredStep[]) => ({
  steps: steps.map((s) => ({
    name: s.name, status: s.status, durationMs: Math.round(s.durationMs), summary: s.summary, metrics: s.metrics,
    findings: s.findings.map((f) => ({ ...f, file: f.file ?? null, line: f.line ?? null })),
  })),
});

export const Query: QueryResolvers = {
  agents: (_p, args, { req, services }) => services.agents.list(req, args),
  agent: (_p, args, { req, services }) => services.agents.find(req, args),
  searchAgents: (_p, { input }, { req, services }) => services.search.search(req, input ?? {}),
  resolveDependencies: (_p, { name, range }, { req, services }) =>
    services.agents.find(req, { name }).then((agent) =>
      agent ? services.dependencies.resolve(req, agent, range) : { ok: false, packages: [], installOrder: [], warnings: [], conflicts: [], cycles: [], missing: [`${name} (not in the marketplace)`] }),
  reviewQueue: (_p, args, { req, services }) => services.reviewQueue.pending(req, args),
  myAgents: (_p, args, { req, services }) => services.versions.myAgents(req, args),
  publisher: (_p, { scope }, { services }) => services.publishers.find(scope),
  agentTarball: (_p, args, { req, services }) => services.install.tarball(req, args),
};

export const Mutation: MutationResolvers = {
  publishAgentVersion: async (_p, { input }, { req, services }) => {
    const outcome = await asPayload(() => services.publish.publish(req, input));
    if ('version' in outcome && outcome.rejection) {
      return { version: null, report: reportOut(outcome.report.steps), errors: [{ code: 'PACKAGE_REJECTED', message: outcome.rejection, field: 'tarball' }] };
    }
    return { version: 'version' in outcome ? outcome.version : null, report: 'report' in outcome ? reportOut(outcome.report.steps) : null, errors: outcome.errors };
  },
  reviewAgentVersion: (_p, { input }, { req, services }) => asPayload(async () => ({ version: await services.reviewQueue.decide(req, input) })),
  updatePublisher: (_p, { input }, { req, services }) => asPayload(async () => ({ publisher: await services.publishers.update(req, input) })),
  deprecateAgentVersions: async (_p, args, { req, services }) => {
    const r = await asPayload(async () => ({ count: await services.versions.deprecate(req, args) }));
    return { count: 'count' in r ? r.count : 0, errors: r.errors };
  },
  setDistTag: async (_p, args, { req, services }) => {
    const r = await asPayload(async () => ({ distTags: await services.versions.setDistTag(req, args) }));
    return { distTags: 'distTags' in r ? r.distTags : [], errors: r.errors };
  },
  rateAgent: (_p, { input }, { req, services, loaders }) =>
    asPayload(async () => {
      const { review, agentId } = await services.ratings.rate(req, input);
      return { review, agent: await services.agents.find(req, { id: agentId }) ?? (await loaders.agentById.load(agentId)) };
    }),
  invokeAgent: (_p, args, { req, services }) => asPayload(() => services.invoke.invoke(req, args)),
};
