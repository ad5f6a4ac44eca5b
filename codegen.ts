// graphql-codegen: resolver types per subgraph (federation) and the web's typed documents.
import type { CodegenConfig } from '@graphql-codegen/cli';

const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/src/generated/resolvers-types.ts`]: {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '../context#SubgraphContext',
      mappers,
      enumsAsTypes: true,
      useTypeImports: true,
      scalars: { ID: 'string', JSON: 'unknown' },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    ...subgraph('tenancy', {
      Tenant: '../tenants/tenant-repository#TenantRow',
      User: '../accounts/account-repository#UserRow',
      ApiKey: '../api-keys/api-key-repository#ApiKeyRow',
      Plan: '../quotas/plans#PlanDefinition',
    }),
    ...subgraph('marketplace', {
      Agent: '../agents/agent-repository#AgentRow',
      AgentVersion: '../versions/version-repository#VersionRow',
      AgentReview: '../ratings/rating-repository#ReviewRow',
      Publisher: '../publishers/publisher-repository#PublisherRow',
      Tenant: '../context#TenantRef',
    }),
    ...subgraph('workflows', {
      Workflow: '../workflows/workflow-rows#WorkflowRow',
      WorkflowVersion: '../workflows/workflow-rows#VersionRow',
      WorkflowRun: '../runs/run-rows#RunRow',
      WorkflowNodeRun: '../runs/run-rows#NodeRunRow',
      TenantSecret: '../secrets/secret-rows#SecretRow',
    }),
    'apps/web/src/gql/': {
      schema: 'apps/gateway/schema.graphql',
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
