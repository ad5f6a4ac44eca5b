/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgentPage($name: String!) {\n    agent(name: $name) {\n      id\n      name\n      displayName\n      description\n      tags\n      latestVersion\n      visibility\n      downloads\n      invocations\n      rating\n      ratingCount\n      scope\n      verified\n      kind\n      license\n      protocol\n      capabilities\n      readme\n      homepage\n      repository\n      installCommand\n      createdAt\n      updatedAt\n      publisher { name slug }\n      distTags { tag version }\n      versions(first: 100) {\n        totalCount\n        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }\n      }\n      latest: version(version: \"latest\") {\n        id\n        version\n        deprecated\n        manifestJson\n        dependencies { name range }\n        report { ...PublishReportFields }\n      }\n      dependencyGraph {\n        ok\n        packages { name version dependencies deprecated }\n        installOrder\n        warnings\n        conflicts\n        cycles\n        missing\n      }\n      reviews(first: 50) {\n        totalCount\n        edges { node { ...AgentReviewFields } }\n      }\n      viewerReview { ...AgentReviewFields }\n    }\n  }\n": typeof types.AgentPageDocument,
    "\n  fragment AgentReviewFields on AgentReview {\n    id\n    rating\n    title\n    body\n    authorId\n    createdAt\n    updatedAt\n  }\n": typeof types.AgentReviewFieldsFragmentDoc,
    "\n  mutation RateAgent($input: RateAgentInput!) {\n    rateAgent(input: $input) {\n      review { ...AgentReviewFields }\n      agent { id rating ratingCount }\n      errors { code message field }\n    }\n  }\n": typeof types.RateAgentDocument,
    "\n  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {\n    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {\n      outputJson\n      durationMs\n      memoryBytes\n      errors { code message field }\n    }\n  }\n": typeof types.InvokeAgentDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    createdBy { id name email }\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": typeof types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query ConsoleOrganization {\n    organization {\n      tenant { id name slug createdAt }\n      plan { id name priceMonthlyUsd }\n      seatsUsed\n      myPermissions\n      myRoles\n    }\n  }\n": typeof types.ConsoleOrganizationDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  fragment PermissionInfoFields on PermissionInfo {\n    name\n    feature\n    description\n  }\n": typeof types.PermissionInfoFieldsFragmentDoc,
    "\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n": typeof types.AgentCardFieldsFragmentDoc,
    "\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": typeof types.SearchAgentsDocument,
    "\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": typeof types.PublisherDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    actor\n    action\n    source\n    targetType\n    targetId\n    targetLabel\n    ip\n    requestId\n    before\n    after\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditEventFields } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": typeof types.AuditLogCsvDocument,
    "\n  fragment DomainFields on Domain {\n    id\n    hostname\n    status\n    records { type name value purpose satisfied }\n    verifiedAt\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    certificate { issuer notBefore notAfter issuedAt lastRenewError }\n    createdAt\n  }\n": typeof types.DomainFieldsFragmentDoc,
    "\n  query Domains {\n    domains { ...DomainFields }\n  }\n": typeof types.DomainsDocument,
    "\n  mutation AddDomain($hostname: String!) {\n    addDomain(hostname: $hostname) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n": typeof types.AddDomainDocument,
    "\n  mutation VerifyDomain($id: ID!) {\n    verifyDomain(id: $id) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n": typeof types.VerifyDomainDocument,
    "\n  mutation RemoveDomain($id: ID!) {\n    removeDomain(id: $id) {\n      domain { id }\n      errors { code message field }\n    }\n  }\n": typeof types.RemoveDomainDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      tenantName\n      tenantSlug\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment IsolationFields on KubernetesIsolation {\n    namespace\n    status\n    attempts\n    lastError\n    appliedAt\n    nextAttemptAt\n    yaml\n  }\n": typeof types.IsolationFieldsFragmentDoc,
    "\n  query KubernetesIsolation {\n    kubernetesIsolation { ...IsolationFields }\n  }\n": typeof types.KubernetesIsolationDocument,
    "\n  mutation RetryKubernetesProvisioning {\n    retryKubernetesProvisioning {\n      isolation { ...IsolationFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RetryKubernetesProvisioningDocument,
    "\n  fragment MemberFields on Member {\n    user { id name email }\n    role\n    joinedAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    invitedBy { id name email }\n    createdAt\n    expiresAt\n    deliveredAt\n    deliveryError\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query MembersPage($first: Int!) {\n    members(first: $first) {\n      totalCount\n      edges { node { ...MemberFields } }\n    }\n    invitations(first: $first) {\n      totalCount\n      edges { node { ...InvitationFields } }\n    }\n    roles { name builtIn }\n  }\n": typeof types.MembersPageDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($userId: ID!, $role: String!) {\n    changeMemberRole(userId: $userId, role: $role) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment RoleFields on Role {\n    name\n    description\n    permissions\n    builtIn\n    memberCount\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query RolesPage {\n    roles { ...RoleFields }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n": typeof types.RolesPageDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($name: String!, $input: UpdateRoleInput!) {\n    updateRole(name: $name, input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($name: String!) {\n    deleteRole(name: $name) {\n      role { name }\n      errors { code message field }\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment IdentityProviderFields on IdentityProvider {\n    id\n    issuer\n    audience\n    emailClaim\n    rolesClaim\n    roleMapping\n    defaultRole\n    enabled\n  }\n": typeof types.IdentityProviderFieldsFragmentDoc,
    "\n  query IdentityProviders {\n    identityProviders { ...IdentityProviderFields }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  query RoleNames {\n    roles { name }\n  }\n": typeof types.RoleNamesDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { tenant { id name slug } }\n      errors { code message field }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      identityProvider { ...IdentityProviderFields }\n      errors { code message field }\n    }\n  }\n": typeof types.ConfigureIdentityProviderDocument,
    "\n  mutation RemoveIdentityProvider($id: ID!) {\n    removeIdentityProvider(id: $id) {\n      identityProvider { id }\n      errors { code message field }\n    }\n  }\n": typeof types.RemoveIdentityProviderDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    name\n    priceMonthlyUsd\n    limits { apiRequestsPerMinute concurrentWorkflowRuns trainingJobs storageBytes publishedAgents seats cpu memory storage }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query UsagePage($range: UsageRange!) {\n    usage(range: $range) {\n      plan { ...PlanFields }\n      quotas { limit used max unit }\n      apiRequests { at value }\n    }\n    plans { ...PlanFields }\n  }\n": typeof types.UsagePageDocument,
    "\n  mutation ChangePlan($planId: String!) {\n    changePlan(planId: $planId) {\n      organization { plan { ...PlanFields } }\n      errors { code message field }\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n": typeof types.PublishAgentVersionDocument,
    "\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAgentsDocument,
    "\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n": typeof types.PublishReportFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n": typeof types.ReviewAgentVersionDocument,
    "\n  fragment WorkflowGraphFields on WorkflowGraph {\n    nodes { id type config position { x y } }\n    edges { source sourcePort target targetPort }\n  }\n": typeof types.WorkflowGraphFieldsFragmentDoc,
    "\n  fragment WorkflowCompileErrorFields on WorkflowCompileError { nodeId code message field path }\n": typeof types.WorkflowCompileErrorFieldsFragmentDoc,
    "\n  fragment WorkflowSummaryFields on Workflow { id name description latestVersion active updatedAt }\n": typeof types.WorkflowSummaryFieldsFragmentDoc,
    "\n  fragment WorkflowRunSummaryFields on WorkflowRun {\n    id versionNumber status trigger retryOfRunId lastSeq createdAt startedAt finishedAt\n    error { nodeId code message }\n  }\n": typeof types.WorkflowRunSummaryFieldsFragmentDoc,
    "\n  fragment WorkflowDetailFields on Workflow {\n    id name description latestVersion active webhookPath errorWorkflowId concurrency draftUpdatedAt updatedAt\n    draft { ...WorkflowGraphFields }\n    draftProblems { ...WorkflowCompileErrorFields }\n    versions { number name note authorId createdAt }\n  }\n": typeof types.WorkflowDetailFieldsFragmentDoc,
    "\n  fragment WorkflowNodeTypeFields on WorkflowNodeType {\n    type category title description configSchema\n    inputs { name schema required multiple }\n    outputs { name schema required multiple }\n  }\n": typeof types.WorkflowNodeTypeFieldsFragmentDoc,
    "\n  query Workflows($first: Int, $after: String, $search: String) {\n    workflows(first: $first, after: $after, search: $search) {\n      nodes { ...WorkflowSummaryFields }\n      nextCursor\n    }\n  }\n": typeof types.WorkflowsDocument,
    "\n  query WorkflowBuilder($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowDetailFields\n      runs(first: 20) { nodes { ...WorkflowRunSummaryFields } }\n    }\n    workflowNodeTypes { ...WorkflowNodeTypeFields }\n    workflows(first: 100) { nodes { id name } }\n  }\n": typeof types.WorkflowBuilderDocument,
    "\n  query WorkflowRuns($id: ID!) {\n    workflow(id: $id) { id runs(first: 20) { nodes { ...WorkflowRunSummaryFields } } }\n  }\n": typeof types.WorkflowRunsDocument,
    "\n  query WorkflowRunDetail($id: ID!) {\n    workflowRun(id: $id) {\n      ...WorkflowRunSummaryFields\n      input\n      output\n      nodeRuns { nodeId status attempts port error { nodeId code message } startedAt finishedAt }\n    }\n  }\n": typeof types.WorkflowRunDetailDocument,
    "\n  query WorkflowNodeIo($id: ID!, $nodeId: String!) {\n    workflowRun(id: $id) {\n      id\n      nodeRuns(nodeIds: [$nodeId]) { nodeId status attempts port input output error { nodeId code message } startedAt finishedAt }\n    }\n  }\n": typeof types.WorkflowNodeIoDocument,
    "\n  query WorkflowVersionDiff($workflowId: ID!, $from: Int!, $to: Int!) {\n    workflowVersionDiff(workflowId: $workflowId, from: $from, to: $to) {\n      from to nodesAdded nodesRemoved nodesMoved\n      nodesChanged { nodeId changes { path before after } }\n      edgesAdded { source sourcePort target targetPort }\n      edgesRemoved { source sourcePort target targetPort }\n    }\n  }\n": typeof types.WorkflowVersionDiffDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      workflow { ...WorkflowSummaryFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateWorkflowDocument,
    "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": typeof types.UpdateWorkflowDocument,
    "\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id) { deletedId errors { code message field } }\n  }\n": typeof types.DeleteWorkflowDocument,
    "\n  mutation SaveWorkflowVersion($workflowId: ID!, $note: String) {\n    saveWorkflowVersion(workflowId: $workflowId, note: $note) {\n      version { number name note authorId createdAt }\n      compileErrors { ...WorkflowCompileErrorFields }\n      errors { code message field }\n    }\n  }\n": typeof types.SaveWorkflowVersionDocument,
    "\n  mutation RestoreWorkflowVersion($workflowId: ID!, $number: Int!) {\n    restoreWorkflowVersion(workflowId: $workflowId, number: $number) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RestoreWorkflowVersionDocument,
    "\n  mutation SetWorkflowActive($workflowId: ID!, $active: Boolean!) {\n    setWorkflowActive(workflowId: $workflowId, active: $active) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": typeof types.SetWorkflowActiveDocument,
    "\n  mutation RotateWorkflowWebhookSecret($workflowId: ID!) {\n    rotateWorkflowWebhookSecret(workflowId: $workflowId) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RotateWorkflowWebhookSecretDocument,
    "\n  mutation RunWorkflow($workflowId: ID!, $version: Int, $input: JSON) {\n    runWorkflow(workflowId: $workflowId, version: $version, input: $input) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RunWorkflowDocument,
    "\n  mutation RetryWorkflowRun($runId: ID!) {\n    retryWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RetryWorkflowRunDocument,
    "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CancelWorkflowRunDocument,
    "\n  subscription WorkflowRunEvents($runId: ID!, $after: Int) {\n    workflowRunEvents(runId: $runId, after: $after) {\n      type runId seq at nodeId attempt status error delayMs\n      snapshot { status error nodes { nodeId status attempt error } }\n    }\n  }\n": typeof types.WorkflowRunEventsDocument,
    "\n  query WorkflowSecretsSettings {\n    tenantSecrets { name createdAt updatedAt }\n    workflowSettings { allowedHosts }\n  }\n": typeof types.WorkflowSecretsSettingsDocument,
    "\n  mutation SetTenantSecret($name: String!, $value: String!) {\n    setTenantSecret(name: $name, value: $value) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.SetTenantSecretDocument,
    "\n  mutation DeleteTenantSecret($name: String!) {\n    deleteTenantSecret(name: $name) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.DeleteTenantSecretDocument,
    "\n  mutation SetWorkflowAllowedHosts($hosts: [String!]!) {\n    setWorkflowAllowedHosts(hosts: $hosts) {\n      settings { allowedHosts }\n      errors { code message field }\n    }\n  }\n": typeof types.SetWorkflowAllowedHostsDocument,
    "\n  query WorkflowExecutions($first: Int!, $after: String, $workflowId: ID, $status: [String!], $trigger: [String!]) {\n    workflowRuns(first: $first, after: $after, workflowId: $workflowId, status: $status, trigger: $trigger) {\n      nodes { ...WorkflowRunSummaryFields workflowId workflowName }\n      nextCursor\n    }\n    workflows(first: 100) { nodes { id name } }\n  }\n": typeof types.WorkflowExecutionsDocument,
    "\n  query WorkflowDraft($id: ID!) {\n    workflow(id: $id) { id name description draft { ...WorkflowGraphFields } }\n  }\n": typeof types.WorkflowDraftDocument,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query AgentPage($name: String!) {\n    agent(name: $name) {\n      id\n      name\n      displayName\n      description\n      tags\n      latestVersion\n      visibility\n      downloads\n      invocations\n      rating\n      ratingCount\n      scope\n      verified\n      kind\n      license\n      protocol\n      capabilities\n      readme\n      homepage\n      repository\n      installCommand\n      createdAt\n      updatedAt\n      publisher { name slug }\n      distTags { tag version }\n      versions(first: 100) {\n        totalCount\n        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }\n      }\n      latest: version(version: \"latest\") {\n        id\n        version\n        deprecated\n        manifestJson\n        dependencies { name range }\n        report { ...PublishReportFields }\n      }\n      dependencyGraph {\n        ok\n        packages { name version dependencies deprecated }\n        installOrder\n        warnings\n        conflicts\n        cycles\n        missing\n      }\n      reviews(first: 50) {\n        totalCount\n        edges { node { ...AgentReviewFields } }\n      }\n      viewerReview { ...AgentReviewFields }\n    }\n  }\n": types.AgentPageDocument,
    "\n  fragment AgentReviewFields on AgentReview {\n    id\n    rating\n    title\n    body\n    authorId\n    createdAt\n    updatedAt\n  }\n": types.AgentReviewFieldsFragmentDoc,
    "\n  mutation RateAgent($input: RateAgentInput!) {\n    rateAgent(input: $input) {\n      review { ...AgentReviewFields }\n      agent { id rating ratingCount }\n      errors { code message field }\n    }\n  }\n": types.RateAgentDocument,
    "\n  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {\n    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {\n      outputJson\n      durationMs\n      memoryBytes\n      errors { code message field }\n    }\n  }\n": types.InvokeAgentDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    createdBy { id name email }\n    expiresAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query ConsoleOrganization {\n    organization {\n      tenant { id name slug createdAt }\n      plan { id name priceMonthlyUsd }\n      seatsUsed\n      myPermissions\n      myRoles\n    }\n  }\n": types.ConsoleOrganizationDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  fragment PermissionInfoFields on PermissionInfo {\n    name\n    feature\n    description\n  }\n": types.PermissionInfoFieldsFragmentDoc,
    "\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n": types.AgentCardFieldsFragmentDoc,
    "\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": types.SearchAgentsDocument,
    "\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": types.PublisherDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    actor\n    action\n    source\n    targetType\n    targetId\n    targetLabel\n    ip\n    requestId\n    before\n    after\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditEventFields } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": types.AuditLogCsvDocument,
    "\n  fragment DomainFields on Domain {\n    id\n    hostname\n    status\n    records { type name value purpose satisfied }\n    verifiedAt\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    certificate { issuer notBefore notAfter issuedAt lastRenewError }\n    createdAt\n  }\n": types.DomainFieldsFragmentDoc,
    "\n  query Domains {\n    domains { ...DomainFields }\n  }\n": types.DomainsDocument,
    "\n  mutation AddDomain($hostname: String!) {\n    addDomain(hostname: $hostname) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n": types.AddDomainDocument,
    "\n  mutation VerifyDomain($id: ID!) {\n    verifyDomain(id: $id) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n": types.VerifyDomainDocument,
    "\n  mutation RemoveDomain($id: ID!) {\n    removeDomain(id: $id) {\n      domain { id }\n      errors { code message field }\n    }\n  }\n": types.RemoveDomainDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      tenantName\n      tenantSlug\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment IsolationFields on KubernetesIsolation {\n    namespace\n    status\n    attempts\n    lastError\n    appliedAt\n    nextAttemptAt\n    yaml\n  }\n": types.IsolationFieldsFragmentDoc,
    "\n  query KubernetesIsolation {\n    kubernetesIsolation { ...IsolationFields }\n  }\n": types.KubernetesIsolationDocument,
    "\n  mutation RetryKubernetesProvisioning {\n    retryKubernetesProvisioning {\n      isolation { ...IsolationFields }\n      errors { code message field }\n    }\n  }\n": types.RetryKubernetesProvisioningDocument,
    "\n  fragment MemberFields on Member {\n    user { id name email }\n    role\n    joinedAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    invitedBy { id name email }\n    createdAt\n    expiresAt\n    deliveredAt\n    deliveryError\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query MembersPage($first: Int!) {\n    members(first: $first) {\n      totalCount\n      edges { node { ...MemberFields } }\n    }\n    invitations(first: $first) {\n      totalCount\n      edges { node { ...InvitationFields } }\n    }\n    roles { name builtIn }\n  }\n": types.MembersPageDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      errors { code message field }\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($userId: ID!, $role: String!) {\n    changeMemberRole(userId: $userId, role: $role) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  fragment RoleFields on Role {\n    name\n    description\n    permissions\n    builtIn\n    memberCount\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query RolesPage {\n    roles { ...RoleFields }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n": types.RolesPageDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($name: String!, $input: UpdateRoleInput!) {\n    updateRole(name: $name, input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($name: String!) {\n    deleteRole(name: $name) {\n      role { name }\n      errors { code message field }\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  fragment IdentityProviderFields on IdentityProvider {\n    id\n    issuer\n    audience\n    emailClaim\n    rolesClaim\n    roleMapping\n    defaultRole\n    enabled\n  }\n": types.IdentityProviderFieldsFragmentDoc,
    "\n  query IdentityProviders {\n    identityProviders { ...IdentityProviderFields }\n  }\n": types.IdentityProvidersDocument,
    "\n  query RoleNames {\n    roles { name }\n  }\n": types.RoleNamesDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { tenant { id name slug } }\n      errors { code message field }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      identityProvider { ...IdentityProviderFields }\n      errors { code message field }\n    }\n  }\n": types.ConfigureIdentityProviderDocument,
    "\n  mutation RemoveIdentityProvider($id: ID!) {\n    removeIdentityProvider(id: $id) {\n      identityProvider { id }\n      errors { code message field }\n    }\n  }\n": types.RemoveIdentityProviderDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    name\n    priceMonthlyUsd\n    limits { apiRequestsPerMinute concurrentWorkflowRuns trainingJobs storageBytes publishedAgents seats cpu memory storage }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query UsagePage($range: UsageRange!) {\n    usage(range: $range) {\n      plan { ...PlanFields }\n      quotas { limit used max unit }\n      apiRequests { at value }\n    }\n    plans { ...PlanFields }\n  }\n": types.UsagePageDocument,
    "\n  mutation ChangePlan($planId: String!) {\n    changePlan(planId: $planId) {\n      organization { plan { ...PlanFields } }\n      errors { code message field }\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n": types.PublishAgentVersionDocument,
    "\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n": types.MyAgentsDocument,
    "\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n": types.PublishReportFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n": types.ReviewAgentVersionDocument,
    "\n  fragment WorkflowGraphFields on WorkflowGraph {\n    nodes { id type config position { x y } }\n    edges { source sourcePort target targetPort }\n  }\n": types.WorkflowGraphFieldsFragmentDoc,
    "\n  fragment WorkflowCompileErrorFields on WorkflowCompileError { nodeId code message field path }\n": types.WorkflowCompileErrorFieldsFragmentDoc,
    "\n  fragment WorkflowSummaryFields on Workflow { id name description latestVersion active updatedAt }\n": types.WorkflowSummaryFieldsFragmentDoc,
    "\n  fragment WorkflowRunSummaryFields on WorkflowRun {\n    id versionNumber status trigger retryOfRunId lastSeq createdAt startedAt finishedAt\n    error { nodeId code message }\n  }\n": types.WorkflowRunSummaryFieldsFragmentDoc,
    "\n  fragment WorkflowDetailFields on Workflow {\n    id name description latestVersion active webhookPath errorWorkflowId concurrency draftUpdatedAt updatedAt\n    draft { ...WorkflowGraphFields }\n    draftProblems { ...WorkflowCompileErrorFields }\n    versions { number name note authorId createdAt }\n  }\n": types.WorkflowDetailFieldsFragmentDoc,
    "\n  fragment WorkflowNodeTypeFields on WorkflowNodeType {\n    type category title description configSchema\n    inputs { name schema required multiple }\n    outputs { name schema required multiple }\n  }\n": types.WorkflowNodeTypeFieldsFragmentDoc,
    "\n  query Workflows($first: Int, $after: String, $search: String) {\n    workflows(first: $first, after: $after, search: $search) {\n      nodes { ...WorkflowSummaryFields }\n      nextCursor\n    }\n  }\n": types.WorkflowsDocument,
    "\n  query WorkflowBuilder($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowDetailFields\n      runs(first: 20) { nodes { ...WorkflowRunSummaryFields } }\n    }\n    workflowNodeTypes { ...WorkflowNodeTypeFields }\n    workflows(first: 100) { nodes { id name } }\n  }\n": types.WorkflowBuilderDocument,
    "\n  query WorkflowRuns($id: ID!) {\n    workflow(id: $id) { id runs(first: 20) { nodes { ...WorkflowRunSummaryFields } } }\n  }\n": types.WorkflowRunsDocument,
    "\n  query WorkflowRunDetail($id: ID!) {\n    workflowRun(id: $id) {\n      ...WorkflowRunSummaryFields\n      input\n      output\n      nodeRuns { nodeId status attempts port error { nodeId code message } startedAt finishedAt }\n    }\n  }\n": types.WorkflowRunDetailDocument,
    "\n  query WorkflowNodeIo($id: ID!, $nodeId: String!) {\n    workflowRun(id: $id) {\n      id\n      nodeRuns(nodeIds: [$nodeId]) { nodeId status attempts port input output error { nodeId code message } startedAt finishedAt }\n    }\n  }\n": types.WorkflowNodeIoDocument,
    "\n  query WorkflowVersionDiff($workflowId: ID!, $from: Int!, $to: Int!) {\n    workflowVersionDiff(workflowId: $workflowId, from: $from, to: $to) {\n      from to nodesAdded nodesRemoved nodesMoved\n      nodesChanged { nodeId changes { path before after } }\n      edgesAdded { source sourcePort target targetPort }\n      edgesRemoved { source sourcePort target targetPort }\n    }\n  }\n": types.WorkflowVersionDiffDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      workflow { ...WorkflowSummaryFields }\n      errors { code message field }\n    }\n  }\n": types.CreateWorkflowDocument,
    "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": types.UpdateWorkflowDocument,
    "\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id) { deletedId errors { code message field } }\n  }\n": types.DeleteWorkflowDocument,
    "\n  mutation SaveWorkflowVersion($workflowId: ID!, $note: String) {\n    saveWorkflowVersion(workflowId: $workflowId, note: $note) {\n      version { number name note authorId createdAt }\n      compileErrors { ...WorkflowCompileErrorFields }\n      errors { code message field }\n    }\n  }\n": types.SaveWorkflowVersionDocument,
    "\n  mutation RestoreWorkflowVersion($workflowId: ID!, $number: Int!) {\n    restoreWorkflowVersion(workflowId: $workflowId, number: $number) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": types.RestoreWorkflowVersionDocument,
    "\n  mutation SetWorkflowActive($workflowId: ID!, $active: Boolean!) {\n    setWorkflowActive(workflowId: $workflowId, active: $active) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": types.SetWorkflowActiveDocument,
    "\n  mutation RotateWorkflowWebhookSecret($workflowId: ID!) {\n    rotateWorkflowWebhookSecret(workflowId: $workflowId) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n": types.RotateWorkflowWebhookSecretDocument,
    "\n  mutation RunWorkflow($workflowId: ID!, $version: Int, $input: JSON) {\n    runWorkflow(workflowId: $workflowId, version: $version, input: $input) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": types.RunWorkflowDocument,
    "\n  mutation RetryWorkflowRun($runId: ID!) {\n    retryWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": types.RetryWorkflowRunDocument,
    "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n": types.CancelWorkflowRunDocument,
    "\n  subscription WorkflowRunEvents($runId: ID!, $after: Int) {\n    workflowRunEvents(runId: $runId, after: $after) {\n      type runId seq at nodeId attempt status error delayMs\n      snapshot { status error nodes { nodeId status attempt error } }\n    }\n  }\n": types.WorkflowRunEventsDocument,
    "\n  query WorkflowSecretsSettings {\n    tenantSecrets { name createdAt updatedAt }\n    workflowSettings { allowedHosts }\n  }\n": types.WorkflowSecretsSettingsDocument,
    "\n  mutation SetTenantSecret($name: String!, $value: String!) {\n    setTenantSecret(name: $name, value: $value) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n": types.SetTenantSecretDocument,
    "\n  mutation DeleteTenantSecret($name: String!) {\n    deleteTenantSecret(name: $name) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n": types.DeleteTenantSecretDocument,
    "\n  mutation SetWorkflowAllowedHosts($hosts: [String!]!) {\n    setWorkflowAllowedHosts(hosts: $hosts) {\n      settings { allowedHosts }\n      errors { code message field }\n    }\n  }\n": types.SetWorkflowAllowedHostsDocument,
    "\n  query WorkflowExecutions($first: Int!, $after: String, $workflowId: ID, $status: [String!], $trigger: [String!]) {\n    workflowRuns(first: $first, after: $after, workflowId: $workflowId, status: $status, trigger: $trigger) {\n      nodes { ...WorkflowRunSummaryFields workflowId workflowName }\n      nextCursor\n    }\n    workflows(first: 100) { nodes { id name } }\n  }\n": types.WorkflowExecutionsDocument,
    "\n  query WorkflowDraft($id: ID!) {\n    workflow(id: $id) { id name description draft { ...WorkflowGraphFields } }\n  }\n": types.WorkflowDraftDocument,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentPage($name: String!) {\n    agent(name: $name) {\n      id\n      name\n      displayName\n      description\n      tags\n      latestVersion\n      visibility\n      downloads\n      invocations\n      rating\n      ratingCount\n      scope\n      verified\n      kind\n      license\n      protocol\n      capabilities\n      readme\n      homepage\n      repository\n      installCommand\n      createdAt\n      updatedAt\n      publisher { name slug }\n      distTags { tag version }\n      versions(first: 100) {\n        totalCount\n        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }\n      }\n      latest: version(version: \"latest\") {\n        id\n        version\n        deprecated\n        manifestJson\n        dependencies { name range }\n        report { ...PublishReportFields }\n      }\n      dependencyGraph {\n        ok\n        packages { name version dependencies deprecated }\n        installOrder\n        warnings\n        conflicts\n        cycles\n        missing\n      }\n      reviews(first: 50) {\n        totalCount\n        edges { node { ...AgentReviewFields } }\n      }\n      viewerReview { ...AgentReviewFields }\n    }\n  }\n"): (typeof documents)["\n  query AgentPage($name: String!) {\n    agent(name: $name) {\n      id\n      name\n      displayName\n      description\n      tags\n      latestVersion\n      visibility\n      downloads\n      invocations\n      rating\n      ratingCount\n      scope\n      verified\n      kind\n      license\n      protocol\n      capabilities\n      readme\n      homepage\n      repository\n      installCommand\n      createdAt\n      updatedAt\n      publisher { name slug }\n      distTags { tag version }\n      versions(first: 100) {\n        totalCount\n        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }\n      }\n      latest: version(version: \"latest\") {\n        id\n        version\n        deprecated\n        manifestJson\n        dependencies { name range }\n        report { ...PublishReportFields }\n      }\n      dependencyGraph {\n        ok\n        packages { name version dependencies deprecated }\n        installOrder\n        warnings\n        conflicts\n        cycles\n        missing\n      }\n      reviews(first: 50) {\n        totalCount\n        edges { node { ...AgentReviewFields } }\n      }\n      viewerReview { ...AgentReviewFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentReviewFields on AgentReview {\n    id\n    rating\n    title\n    body\n    authorId\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AgentReviewFields on AgentReview {\n    id\n    rating\n    title\n    body\n    authorId\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAgent($input: RateAgentInput!) {\n    rateAgent(input: $input) {\n      review { ...AgentReviewFields }\n      agent { id rating ratingCount }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RateAgent($input: RateAgentInput!) {\n    rateAgent(input: $input) {\n      review { ...AgentReviewFields }\n      agent { id rating ratingCount }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {\n    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {\n      outputJson\n      durationMs\n      memoryBytes\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {\n    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {\n      outputJson\n      durationMs\n      memoryBytes\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    createdBy { id name email }\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    createdBy { id name email }\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n"): (typeof documents)["\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrganization {\n    organization {\n      tenant { id name slug createdAt }\n      plan { id name priceMonthlyUsd }\n      seatsUsed\n      myPermissions\n      myRoles\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOrganization {\n    organization {\n      tenant { id name slug createdAt }\n      plan { id name priceMonthlyUsd }\n      seatsUsed\n      myPermissions\n      myRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermissionInfoFields on PermissionInfo {\n    name\n    feature\n    description\n  }\n"): (typeof documents)["\n  fragment PermissionInfoFields on PermissionInfo {\n    name\n    feature\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n"): (typeof documents)["\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    actor\n    action\n    source\n    targetType\n    targetId\n    targetLabel\n    ip\n    requestId\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    occurredAt\n    actor\n    action\n    source\n    targetType\n    targetId\n    targetLabel\n    ip\n    requestId\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditEventFields } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AuditEventFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsv($filter: AuditFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditLogCsv($filter: AuditFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainFields on Domain {\n    id\n    hostname\n    status\n    records { type name value purpose satisfied }\n    verifiedAt\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    certificate { issuer notBefore notAfter issuedAt lastRenewError }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DomainFields on Domain {\n    id\n    hostname\n    status\n    records { type name value purpose satisfied }\n    verifiedAt\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    certificate { issuer notBefore notAfter issuedAt lastRenewError }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains {\n    domains { ...DomainFields }\n  }\n"): (typeof documents)["\n  query Domains {\n    domains { ...DomainFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDomain($hostname: String!) {\n    addDomain(hostname: $hostname) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDomain($hostname: String!) {\n    addDomain(hostname: $hostname) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDomain($id: ID!) {\n    verifyDomain(id: $id) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyDomain($id: ID!) {\n    verifyDomain(id: $id) {\n      domain { ...DomainFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDomain($id: ID!) {\n    removeDomain(id: $id) {\n      domain { id }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDomain($id: ID!) {\n    removeDomain(id: $id) {\n      domain { id }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      tenantName\n      tenantSlug\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      tenantName\n      tenantSlug\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationFields on KubernetesIsolation {\n    namespace\n    status\n    attempts\n    lastError\n    appliedAt\n    nextAttemptAt\n    yaml\n  }\n"): (typeof documents)["\n  fragment IsolationFields on KubernetesIsolation {\n    namespace\n    status\n    attempts\n    lastError\n    appliedAt\n    nextAttemptAt\n    yaml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesIsolation {\n    kubernetesIsolation { ...IsolationFields }\n  }\n"): (typeof documents)["\n  query KubernetesIsolation {\n    kubernetesIsolation { ...IsolationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryKubernetesProvisioning {\n    retryKubernetesProvisioning {\n      isolation { ...IsolationFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryKubernetesProvisioning {\n    retryKubernetesProvisioning {\n      isolation { ...IsolationFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    user { id name email }\n    role\n    joinedAt\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    user { id name email }\n    role\n    joinedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    invitedBy { id name email }\n    createdAt\n    expiresAt\n    deliveredAt\n    deliveryError\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    invitedBy { id name email }\n    createdAt\n    expiresAt\n    deliveredAt\n    deliveryError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage($first: Int!) {\n    members(first: $first) {\n      totalCount\n      edges { node { ...MemberFields } }\n    }\n    invitations(first: $first) {\n      totalCount\n      edges { node { ...InvitationFields } }\n    }\n    roles { name builtIn }\n  }\n"): (typeof documents)["\n  query MembersPage($first: Int!) {\n    members(first: $first) {\n      totalCount\n      edges { node { ...MemberFields } }\n    }\n    invitations(first: $first) {\n      totalCount\n      edges { node { ...InvitationFields } }\n    }\n    roles { name builtIn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      inviteUrl\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation { ...InvitationFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($userId: ID!, $role: String!) {\n    changeMemberRole(userId: $userId, role: $role) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($userId: ID!, $role: String!) {\n    changeMemberRole(userId: $userId, role: $role) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      member { ...MemberFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    name\n    description\n    permissions\n    builtIn\n    memberCount\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    name\n    description\n    permissions\n    builtIn\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesPage {\n    roles { ...RoleFields }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n"): (typeof documents)["\n  query RolesPage {\n    roles { ...RoleFields }\n    permissionCatalogue { ...PermissionInfoFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($name: String!, $input: UpdateRoleInput!) {\n    updateRole(name: $name, input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($name: String!, $input: UpdateRoleInput!) {\n    updateRole(name: $name, input: $input) {\n      role { ...RoleFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($name: String!) {\n    deleteRole(name: $name) {\n      role { name }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($name: String!) {\n    deleteRole(name: $name) {\n      role { name }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityProviderFields on IdentityProvider {\n    id\n    issuer\n    audience\n    emailClaim\n    rolesClaim\n    roleMapping\n    defaultRole\n    enabled\n  }\n"): (typeof documents)["\n  fragment IdentityProviderFields on IdentityProvider {\n    id\n    issuer\n    audience\n    emailClaim\n    rolesClaim\n    roleMapping\n    defaultRole\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders { ...IdentityProviderFields }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders { ...IdentityProviderFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleNames {\n    roles { name }\n  }\n"): (typeof documents)["\n  query RoleNames {\n    roles { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { tenant { id name slug } }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { tenant { id name slug } }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      identityProvider { ...IdentityProviderFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {\n    configureIdentityProvider(input: $input) {\n      identityProvider { ...IdentityProviderFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIdentityProvider($id: ID!) {\n    removeIdentityProvider(id: $id) {\n      identityProvider { id }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveIdentityProvider($id: ID!) {\n    removeIdentityProvider(id: $id) {\n      identityProvider { id }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    name\n    priceMonthlyUsd\n    limits { apiRequestsPerMinute concurrentWorkflowRuns trainingJobs storageBytes publishedAgents seats cpu memory storage }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    id\n    name\n    priceMonthlyUsd\n    limits { apiRequestsPerMinute concurrentWorkflowRuns trainingJobs storageBytes publishedAgents seats cpu memory storage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsagePage($range: UsageRange!) {\n    usage(range: $range) {\n      plan { ...PlanFields }\n      quotas { limit used max unit }\n      apiRequests { at value }\n    }\n    plans { ...PlanFields }\n  }\n"): (typeof documents)["\n  query UsagePage($range: UsageRange!) {\n    usage(range: $range) {\n      plan { ...PlanFields }\n      quotas { limit used max unit }\n      apiRequests { at value }\n    }\n    plans { ...PlanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($planId: String!) {\n    changePlan(planId: $planId) {\n      organization { plan { ...PlanFields } }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlan($planId: String!) {\n    changePlan(planId: $planId) {\n      organization { plan { ...PlanFields } }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n"): (typeof documents)["\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowGraphFields on WorkflowGraph {\n    nodes { id type config position { x y } }\n    edges { source sourcePort target targetPort }\n  }\n"): (typeof documents)["\n  fragment WorkflowGraphFields on WorkflowGraph {\n    nodes { id type config position { x y } }\n    edges { source sourcePort target targetPort }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowCompileErrorFields on WorkflowCompileError { nodeId code message field path }\n"): (typeof documents)["\n  fragment WorkflowCompileErrorFields on WorkflowCompileError { nodeId code message field path }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowSummaryFields on Workflow { id name description latestVersion active updatedAt }\n"): (typeof documents)["\n  fragment WorkflowSummaryFields on Workflow { id name description latestVersion active updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowRunSummaryFields on WorkflowRun {\n    id versionNumber status trigger retryOfRunId lastSeq createdAt startedAt finishedAt\n    error { nodeId code message }\n  }\n"): (typeof documents)["\n  fragment WorkflowRunSummaryFields on WorkflowRun {\n    id versionNumber status trigger retryOfRunId lastSeq createdAt startedAt finishedAt\n    error { nodeId code message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowDetailFields on Workflow {\n    id name description latestVersion active webhookPath errorWorkflowId concurrency draftUpdatedAt updatedAt\n    draft { ...WorkflowGraphFields }\n    draftProblems { ...WorkflowCompileErrorFields }\n    versions { number name note authorId createdAt }\n  }\n"): (typeof documents)["\n  fragment WorkflowDetailFields on Workflow {\n    id name description latestVersion active webhookPath errorWorkflowId concurrency draftUpdatedAt updatedAt\n    draft { ...WorkflowGraphFields }\n    draftProblems { ...WorkflowCompileErrorFields }\n    versions { number name note authorId createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowNodeTypeFields on WorkflowNodeType {\n    type category title description configSchema\n    inputs { name schema required multiple }\n    outputs { name schema required multiple }\n  }\n"): (typeof documents)["\n  fragment WorkflowNodeTypeFields on WorkflowNodeType {\n    type category title description configSchema\n    inputs { name schema required multiple }\n    outputs { name schema required multiple }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workflows($first: Int, $after: String, $search: String) {\n    workflows(first: $first, after: $after, search: $search) {\n      nodes { ...WorkflowSummaryFields }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Workflows($first: Int, $after: String, $search: String) {\n    workflows(first: $first, after: $after, search: $search) {\n      nodes { ...WorkflowSummaryFields }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowBuilder($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowDetailFields\n      runs(first: 20) { nodes { ...WorkflowRunSummaryFields } }\n    }\n    workflowNodeTypes { ...WorkflowNodeTypeFields }\n    workflows(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query WorkflowBuilder($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowDetailFields\n      runs(first: 20) { nodes { ...WorkflowRunSummaryFields } }\n    }\n    workflowNodeTypes { ...WorkflowNodeTypeFields }\n    workflows(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowRuns($id: ID!) {\n    workflow(id: $id) { id runs(first: 20) { nodes { ...WorkflowRunSummaryFields } } }\n  }\n"): (typeof documents)["\n  query WorkflowRuns($id: ID!) {\n    workflow(id: $id) { id runs(first: 20) { nodes { ...WorkflowRunSummaryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowRunDetail($id: ID!) {\n    workflowRun(id: $id) {\n      ...WorkflowRunSummaryFields\n      input\n      output\n      nodeRuns { nodeId status attempts port error { nodeId code message } startedAt finishedAt }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowRunDetail($id: ID!) {\n    workflowRun(id: $id) {\n      ...WorkflowRunSummaryFields\n      input\n      output\n      nodeRuns { nodeId status attempts port error { nodeId code message } startedAt finishedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowNodeIo($id: ID!, $nodeId: String!) {\n    workflowRun(id: $id) {\n      id\n      nodeRuns(nodeIds: [$nodeId]) { nodeId status attempts port input output error { nodeId code message } startedAt finishedAt }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowNodeIo($id: ID!, $nodeId: String!) {\n    workflowRun(id: $id) {\n      id\n      nodeRuns(nodeIds: [$nodeId]) { nodeId status attempts port input output error { nodeId code message } startedAt finishedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowVersionDiff($workflowId: ID!, $from: Int!, $to: Int!) {\n    workflowVersionDiff(workflowId: $workflowId, from: $from, to: $to) {\n      from to nodesAdded nodesRemoved nodesMoved\n      nodesChanged { nodeId changes { path before after } }\n      edgesAdded { source sourcePort target targetPort }\n      edgesRemoved { source sourcePort target targetPort }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowVersionDiff($workflowId: ID!, $from: Int!, $to: Int!) {\n    workflowVersionDiff(workflowId: $workflowId, from: $from, to: $to) {\n      from to nodesAdded nodesRemoved nodesMoved\n      nodesChanged { nodeId changes { path before after } }\n      edgesAdded { source sourcePort target targetPort }\n      edgesRemoved { source sourcePort target targetPort }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      workflow { ...WorkflowSummaryFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      workflow { ...WorkflowSummaryFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {\n    updateWorkflow(id: $id, input: $input) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id) { deletedId errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id) { deletedId errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWorkflowVersion($workflowId: ID!, $note: String) {\n    saveWorkflowVersion(workflowId: $workflowId, note: $note) {\n      version { number name note authorId createdAt }\n      compileErrors { ...WorkflowCompileErrorFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWorkflowVersion($workflowId: ID!, $note: String) {\n    saveWorkflowVersion(workflowId: $workflowId, note: $note) {\n      version { number name note authorId createdAt }\n      compileErrors { ...WorkflowCompileErrorFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreWorkflowVersion($workflowId: ID!, $number: Int!) {\n    restoreWorkflowVersion(workflowId: $workflowId, number: $number) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreWorkflowVersion($workflowId: ID!, $number: Int!) {\n    restoreWorkflowVersion(workflowId: $workflowId, number: $number) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkflowActive($workflowId: ID!, $active: Boolean!) {\n    setWorkflowActive(workflowId: $workflowId, active: $active) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkflowActive($workflowId: ID!, $active: Boolean!) {\n    setWorkflowActive(workflowId: $workflowId, active: $active) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWorkflowWebhookSecret($workflowId: ID!) {\n    rotateWorkflowWebhookSecret(workflowId: $workflowId) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWorkflowWebhookSecret($workflowId: ID!) {\n    rotateWorkflowWebhookSecret(workflowId: $workflowId) {\n      workflow { ...WorkflowDetailFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunWorkflow($workflowId: ID!, $version: Int, $input: JSON) {\n    runWorkflow(workflowId: $workflowId, version: $version, input: $input) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RunWorkflow($workflowId: ID!, $version: Int, $input: JSON) {\n    runWorkflow(workflowId: $workflowId, version: $version, input: $input) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryWorkflowRun($runId: ID!) {\n    retryWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryWorkflowRun($runId: ID!) {\n    retryWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(runId: $runId) {\n      run { ...WorkflowRunSummaryFields }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkflowRunEvents($runId: ID!, $after: Int) {\n    workflowRunEvents(runId: $runId, after: $after) {\n      type runId seq at nodeId attempt status error delayMs\n      snapshot { status error nodes { nodeId status attempt error } }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkflowRunEvents($runId: ID!, $after: Int) {\n    workflowRunEvents(runId: $runId, after: $after) {\n      type runId seq at nodeId attempt status error delayMs\n      snapshot { status error nodes { nodeId status attempt error } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowSecretsSettings {\n    tenantSecrets { name createdAt updatedAt }\n    workflowSettings { allowedHosts }\n  }\n"): (typeof documents)["\n  query WorkflowSecretsSettings {\n    tenantSecrets { name createdAt updatedAt }\n    workflowSettings { allowedHosts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantSecret($name: String!, $value: String!) {\n    setTenantSecret(name: $name, value: $value) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTenantSecret($name: String!, $value: String!) {\n    setTenantSecret(name: $name, value: $value) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenantSecret($name: String!) {\n    deleteTenantSecret(name: $name) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenantSecret($name: String!) {\n    deleteTenantSecret(name: $name) {\n      secret { name createdAt updatedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkflowAllowedHosts($hosts: [String!]!) {\n    setWorkflowAllowedHosts(hosts: $hosts) {\n      settings { allowedHosts }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkflowAllowedHosts($hosts: [String!]!) {\n    setWorkflowAllowedHosts(hosts: $hosts) {\n      settings { allowedHosts }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowExecutions($first: Int!, $after: String, $workflowId: ID, $status: [String!], $trigger: [String!]) {\n    workflowRuns(first: $first, after: $after, workflowId: $workflowId, status: $status, trigger: $trigger) {\n      nodes { ...WorkflowRunSummaryFields workflowId workflowName }\n      nextCursor\n    }\n    workflows(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query WorkflowExecutions($first: Int!, $after: String, $workflowId: ID, $status: [String!], $trigger: [String!]) {\n    workflowRuns(first: $first, after: $after, workflowId: $workflowId, status: $status, trigger: $trigger) {\n      nodes { ...WorkflowRunSummaryFields workflowId workflowName }\n      nextCursor\n    }\n    workflows(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowDraft($id: ID!) {\n    workflow(id: $id) { id name description draft { ...WorkflowGraphFields } }\n  }\n"): (typeof documents)["\n  query WorkflowDraft($id: ID!) {\n    workflow(id: $id) { id name description draft { ...WorkflowGraphFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;