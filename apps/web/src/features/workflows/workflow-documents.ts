// GraphQL documents of the workflow pages: list, builder, runs, versions, secrets and settings.
import { graphql } from '../../gql';

export const WorkflowGraphFieldsFragment = graphql(`
  fragment WorkflowGraphFields on WorkflowGraph {
    nodes { id type config position { x y } }
    edges { source sourcePort target targetPort }
  }
`);

export const WorkflowCompileErrorFieldsFragment = graphql(`
  fragment WorkflowCompileErrorFields on WorkflowCompileError { nodeId code message field path }
`);

export const WorkflowSummaryFieldsFragment = graphql(`
  fragment WorkflowSummaryFields on Workflow { id name description latestVersion active updatedAt }
`);

export const WorkflowRunSummaryFieldsFragment = graphql(`
  fragment WorkflowRunSummaryFields on WorkflowRun {
    id versionNumber status trigger retryOfRunId lastSeq createdAt startedAt finishedAt
    error { nodeId code message }
  }
`);

export const WorkflowDetailFieldsFragment = graphql(`
  fragment WorkflowDetailFields on Workflow {
    id name description latestVersion active webhookPath errorWorkflowId concurrency draftUpdatedAt updatedAt
    draft { ...WorkflowGraphFields }
    draftProblems { ...WorkflowCompileErrorFields }
    versions { number name note authorId createdAt }
  }
`);

export const WorkflowNodeTypeFieldsFragment = graphql(`
  fragment WorkflowNodeTypeFields on WorkflowNodeType {
    type category title description configSchema
    inputs { name schema required multiple }
    outputs { name schema required multiple }
  }
`);

/** Workflows per page of the list and of a search. */
export const WORKFLOWS_PAGE = 100;

export const WorkflowsDocument = graphql(`
  query Workflows($first: Int, $after: String, $search: String) {
    workflows(first: $first, after: $after, search: $search) {
      nodes { ...WorkflowSummaryFields }
      nextCursor
    }
  }
`);

export const WorkflowBuilderDocument = graphql(`
  query WorkflowBuilder($id: ID!) {
    workflow(id: $id) {
      ...WorkflowDetailFields
      runs(first: 20) { nodes { ...WorkflowRunSummaryFields } }
    }
    workflowNodeTypes { ...WorkflowNodeTypeFields }
    workflows(first: 100) { nodes { id name } }
  }
`);

export const WorkflowRunsDocument = graphql(`
  query WorkflowRuns($id: ID!) {
    workflow(id: $id) { id runs(first: 20) { nodes { ...WorkflowRunSummaryFields } } }
  }
`);

export const WorkflowRunDetailDocument = graphql(`
  query WorkflowRunDetail($id: ID!) {
    workflowRun(id: $id) {
      ...WorkflowRunSummaryFields
      input
      output
      nodeRuns { nodeId status attempts port error { nodeId code message } startedAt finishedAt }
    }
  }
`);

/** One node's settled result with its input and output: fetched for the node being inspected only. */
export const WorkflowNodeIoDocument = graphql(`
  query WorkflowNodeIo($id: ID!, $nodeId: String!) {
    workflowRun(id: $id) {
      id
      nodeRuns(nodeIds: [$nodeId]) { nodeId status attempts port input output error { nodeId code message } startedAt finishedAt }
    }
  }
`);

export const WorkflowVersionDiffDocument = graphql(`
  query WorkflowVersionDiff($workflowId: ID!, $from: Int!, $to: Int!) {
    workflowVersionDiff(workflowId: $workflowId, from: $from, to: $to) {
      from to nodesAdded nodesRemoved nodesMoved
      nodesChanged { nodeId changes { path before after } }
      edgesAdded { source sourcePort target targetPort }
      edgesRemoved { source sourcePort target targetPort }
    }
  }
`);

export const CreateWorkflowDocument = graphql(`
  mutation CreateWorkflow($input: CreateWorkflowInput!) {
    createWorkflow(input: $input) {
      workflow { ...WorkflowSummaryFields }
      errors { code message field }
    }
  }
`);

export const UpdateWorkflowDocument = graphql(`
  mutation UpdateWorkflow($id: ID!, $input: UpdateWorkflowInput!) {
    updateWorkflow(id: $id, input: $input) {
      workflow { ...WorkflowDetailFields }
      errors { code message field }
    }
  }
`);

export const DeleteWorkflowDocument = graphql(`
  mutation DeleteWorkflow($id: ID!) {
    deleteWorkflow(id: $id) { deletedId errors { code message field } }
  }
`);

export const SaveWorkflowVersionDocument = graphql(`
  mutation SaveWorkflowVersion($workflowId: ID!, $note: String) {
    saveWorkflowVersion(workflowId: $workflowId, note: $note) {
      version { number name note authorId createdAt }
      compileErrors { ...WorkflowCompileErrorFields }
      errors { code message field }
    }
  }
`);

export const RestoreWorkflowVersionDocument = graphql(`
  mutation RestoreWorkflowVersion($workflowId: ID!, $number: Int!) {
    restoreWorkflowVersion(workflowId: $workflowId, number: $number) {
      workflow { ...WorkflowDetailFields }
      errors { code message field }
    }
  }
`);

export const SetWorkflowActiveDocument = graphql(`
  mutation SetWorkflowActive($workflowId: ID!, $active: Boolean!) {
    setWorkflowActive(workflowId: $workflowId, active: $active) {
      workflow { ...WorkflowDetailFields }
      errors { code message field }
    }
  }
`);

export const RotateWorkflowWebhookSecretDocument = graphql(`
  mutation RotateWorkflowWebhookSecret($workflowId: ID!) {
    rotateWorkflowWebhookSecret(workflowId: $workflowId) {
      workflow { ...WorkflowDetailFields }
      errors { code message field }
    }
  }
`);

export const RunWorkflowDocument = graphql(`
  mutation RunWorkflow($workflowId: ID!, $version: Int, $input: JSON) {
    runWorkflow(workflowId: $workflowId, version: $version, input: $input) {
      run { ...WorkflowRunSummaryFields }
      errors { code message field }
    }
  }
`);

export const RetryWorkflowRunDocument = graphql(`
  mutation RetryWorkflowRun($runId: ID!) {
    retryWorkflowRun(runId: $runId) {
      run { ...WorkflowRunSummaryFields }
      errors { code message field }
    }
  }
`);

export const CancelWorkflowRunDocument = graphql(`
  mutation CancelWorkflowRun($runId: ID!) {
    cancelWorkflowRun(runId: $runId) {
      run { ...WorkflowRunSummaryFields }
      errors { code message field }
    }
  }
`);

export const WorkflowRunEventsDocument = graphql(`
  subscription WorkflowRunEvents($runId: ID!, $after: Int) {
    workflowRunEvents(runId: $runId, after: $after) {
      type runId seq at nodeId attempt status error delayMs
      snapshot { status error nodes { nodeId status attempt error } }
    }
  }
`);

export const WorkflowSecretsSettingsDocument = graphql(`
  query WorkflowSecretsSettings {
    tenantSecrets { name createdAt updatedAt }
    workflowSettings { allowedHosts }
  }
`);

export const SetTenantSecretDocument = graphql(`
  mutation SetTenantSecret($name: String!, $value: String!) {
    setTenantSecret(name: $name, value: $value) {
      secret { name createdAt updatedAt }
      errors { code message field }
    }
  }
`);

export const DeleteTenantSecretDocument = graphql(`
  mutation DeleteTenantSecret($name: String!) {
    deleteTenantSecret(name: $name) {
      secret { name createdAt updatedAt }
      errors { code message field }
    }
  }
`);

export const SetWorkflowAllowedHostsDocument = graphql(`
  mutation SetWorkflowAllowedHosts($hosts: [String!]!) {
    setWorkflowAllowedHosts(hosts: $hosts) {
      settings { allowedHosts }
      errors { code message field }
    }
  }
`);

/** The executions page: runs of every workflow, filtered, with the workflows for the filter's choices. */
export const WorkflowExecutionsDocument = graphql(`
  query WorkflowExecutions($first: Int!, $after: String, $workflowId: ID, $status: [String!], $trigger: [String!]) {
    workflowRuns(first: $first, after: $after, workflowId: $workflowId, status: $status, trigger: $trigger) {
      nodes { ...WorkflowRunSummaryFields workflowId workflowName }
      nextCursor
    }
    workflows(first: 100) { nodes { id name } }
  }
`);

/** One workflow's draft, to duplicate it from the list. */
export const WorkflowDraftDocument = graphql(`
  query WorkflowDraft($id: ID!) {
    workflow(id: $id) { id name description draft { ...WorkflowGraphFields } }
  }
`);
