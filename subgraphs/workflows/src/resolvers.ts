// The workflows subgraph's resolver map: workflows, versions, secrets and settings; runs and their live events.
import type { Resolvers } from './generated/resolvers-types';
import { JSONScalar } from './graphql/json-scalar';
import { runResolvers } from './graphql/run-resolvers';
import * as wf from './graphql/workflow-resolvers';

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: { ...wf.workflowQueries, ...runResolvers.Query },
  Mutation: { ...wf.workflowMutations, ...runResolvers.Mutation },
  Subscription: runResolvers.Subscription,
  Workflow: { ...wf.Workflow, ...runResolvers.Workflow },
  WorkflowVersion: wf.WorkflowVersion,
  TenantSecret: wf.TenantSecret,
  WorkflowRun: runResolvers.WorkflowRun,
  WorkflowNodeRun: runResolvers.WorkflowNodeRun,
};
