import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkflowRow, VersionRow } from '../workflows/workflow-rows';
import type { RunRow, NodeRunRow } from '../runs/run-rows';
import type { SecretRow } from '../secrets/secret-rows';
import type { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (objects, arrays, strings, numbers, booleans, null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Input of createWorkflow. */
export type CreateWorkflowInput = {
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Initial draft {nodes, edges}; empty when absent. */
  graph?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique within the organisation, 1–100 characters. */
  name: Scalars['String']['input'];
};

/** Result of deleteWorkflow. */
export type DeleteWorkflowPayload = {
  __typename?: 'DeleteWorkflowPayload';
  /** The id deleted. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel a queued, running or waiting run. Needs `workflows:run`. */
  cancelWorkflowRun: WorkflowRunPayload;
  /** Create a workflow with an empty or given draft. Needs `workflows:write`. */
  createWorkflow: WorkflowPayload;
  /** Delete a secret. Needs `workflows:write`. */
  deleteTenantSecret: TenantSecretPayload;
  /** Delete a workflow with its versions and runs. Needs `workflows:write`. */
  deleteWorkflow: DeleteWorkflowPayload;
  /** Copy a saved version's graph into the draft. Needs `workflows:write`. */
  restoreWorkflowVersion: WorkflowPayload;
  /** Resume a waiting node now, optionally replacing its output with `payload`. Needs `workflows:run`. */
  resumeWorkflowRun: WorkflowRunPayload;
  /**
   * Retry a failed or cancelled run: a new run of the same graph and input that keeps the nodes that succeeded (they are
   * not run again) and runs the rest. Needs `workflows:run`.
   */
  retryWorkflowRun: WorkflowRunPayload;
  /** Issue a new webhook secret; the old webhook URL stops working. Needs `workflows:write`. */
  rotateWorkflowWebhookSecret: WorkflowPayload;
  /** Start a run of a saved version (or of the draft when `version` is absent) with a JSON input. Needs `workflows:run`. */
  runWorkflow: WorkflowRunPayload;
  /** Save the draft as the next immutable version; refused while the draft does not compile. Needs `workflows:write`. */
  saveWorkflowVersion: WorkflowVersionPayload;
  /** Create or replace a secret; its value is stored sealed and never returned. Needs `workflows:write`. */
  setTenantSecret: TenantSecretPayload;
  /** Turn schedule triggers and the production webhook on or off; needs a saved version. Needs `workflows:write`. */
  setWorkflowActive: WorkflowPayload;
  /** Replace the hosts HTTP request nodes may call (exact host names or `*.example.com`). Needs `workflows:write`. */
  setWorkflowAllowedHosts: WorkflowSettingsPayload;
  /** Replace the draft graph and/or its name, description and settings. A draft may fail to compile; its problems come back. Needs `workflows:write`. */
  updateWorkflow: WorkflowPayload;
};


export type MutationCancelWorkflowRunArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationCreateWorkflowArgs = {
  input: CreateWorkflowInput;
};


export type MutationDeleteTenantSecretArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteWorkflowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreWorkflowVersionArgs = {
  number: Scalars['Int']['input'];
  workflowId: Scalars['ID']['input'];
};


export type MutationResumeWorkflowRunArgs = {
  nodeId: Scalars['String']['input'];
  payload?: InputMaybe<Scalars['JSON']['input']>;
  runId: Scalars['ID']['input'];
};


export type MutationRetryWorkflowRunArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationRotateWorkflowWebhookSecretArgs = {
  workflowId: Scalars['ID']['input'];
};


export type MutationRunWorkflowArgs = {
  input?: InputMaybe<Scalars['JSON']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  workflowId: Scalars['ID']['input'];
};


export type MutationSaveWorkflowVersionArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  workflowId: Scalars['ID']['input'];
};


export type MutationSetTenantSecretArgs = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationSetWorkflowActiveArgs = {
  active: Scalars['Boolean']['input'];
  workflowId: Scalars['ID']['input'];
};


export type MutationSetWorkflowAllowedHostsArgs = {
  hosts: Array<Scalars['String']['input']>;
};


export type MutationUpdateWorkflowArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkflowInput;
};

export type Query = {
  __typename?: 'Query';
  /** Compiles a graph without saving it: execution order and parallel levels, or errors pinned to node ids. */
  compileWorkflowGraph: WorkflowCompileResult;
  /** Names of the organisation's secrets (never their values). Needs `workflows:read`. */
  tenantSecrets: Array<TenantSecret>;
  /** One workflow of the current organisation. Needs `workflows:read`. */
  workflow?: Maybe<Workflow>;
  /** Every node type the builder can place: ports with JSON Schemas and the config schema its form is drawn from. */
  workflowNodeTypes: Array<WorkflowNodeType>;
  /** One run of the current organisation. Needs `workflows:read`. */
  workflowRun?: Maybe<WorkflowRun>;
  /**
   * Runs of all the organisation's workflows, newest first (the executions list). Narrow by workflow, by status
   * (QUEUED, RUNNING, WAITING, SUCCEEDED, FAILED, CANCELLED) and by trigger (MANUAL, API, WEBHOOK, SCHEDULE,
   * SUB_WORKFLOW, ERROR_HANDLER); several values of one filter match any of them. Needs `workflows:read`.
   */
  workflowRuns: WorkflowRunConnection;
  /** The organisation's workflow settings. Needs `workflows:read`. */
  workflowSettings: WorkflowSettings;
  /** Differences between two versions of a workflow; `to: 0` compares with the draft. Needs `workflows:read`. */
  workflowVersionDiff: WorkflowDiff;
  /** The current organisation's workflows, most recently changed first. Needs `workflows:read`. */
  workflows: WorkflowConnection;
};


export type QueryCompileWorkflowGraphArgs = {
  graph: Scalars['JSON']['input'];
};


export type QueryWorkflowArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkflowRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkflowRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<Scalars['String']['input']>>;
  trigger?: InputMaybe<Array<Scalars['String']['input']>>;
  workflowId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkflowVersionDiffArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
  workflowId: Scalars['ID']['input'];
};


export type QueryWorkflowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A run's live events: one SNAPSHOT first, then every event numbered after `after`, ending with RUN_FINISHED. Needs `workflows:read`. */
  workflowRunEvents: WorkflowRunStreamItem;
};


export type SubscriptionWorkflowRunEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};

/** A named secret; its value is never returned. */
export type TenantSecret = {
  __typename?: 'TenantSecret';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Name, referenced from node config as `{{secrets.NAME}}` or by `apiKeySecret`. */
  name: Scalars['String']['output'];
  /** When its value last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** Result of a secret mutation. */
export type TenantSecretPayload = {
  __typename?: 'TenantSecretPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The secret (name and dates only). */
  secret?: Maybe<TenantSecret>;
};

/** Input of updateWorkflow; absent fields keep their value. */
export type UpdateWorkflowInput = {
  /** Most nodes of one run at once, 1–32. */
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Workflow run when a run fails (null clears it). */
  errorWorkflowId?: InputMaybe<Scalars['ID']['input']>;
  /** New draft {nodes, edges}. */
  graph?: InputMaybe<Scalars['JSON']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An expected failure a client can show next to a field. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable code, e.g. BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED. */
  code: Scalars['String']['output'];
  /** The input field at fault, if one is (e.g. `email`). */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A tenant-owned workflow: an editable draft and its saved versions. */
export type Workflow = {
  __typename?: 'Workflow';
  /** Whether schedule triggers fire and the webhook answers (they run the latest version). */
  active: Scalars['Boolean']['output'];
  /** Most nodes of one run executing at once. */
  concurrency: Scalars['Int']['output'];
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** What it is for. */
  description: Scalars['String']['output'];
  /** The editable graph. */
  draft: WorkflowGraph;
  /** Compile problems of the draft; empty when it compiles. */
  draftProblems: Array<WorkflowCompileError>;
  /** When the draft last changed (ISO 8601). */
  draftUpdatedAt: Scalars['String']['output'];
  /** Workflow started with the failure when a run of this one fails. */
  errorWorkflowId?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Highest saved version number (0: none yet). */
  latestVersion: Scalars['Int']['output'];
  /** Unique within the organisation. */
  name: Scalars['String']['output'];
  /** Runs, newest first. */
  runs: WorkflowRunConnection;
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** One saved version. */
  version?: Maybe<WorkflowVersion>;
  /** Saved versions, newest first. */
  versions: Array<WorkflowVersion>;
  /** The secret webhook URL path (POST), for callers with `workflows:write`; null otherwise. */
  webhookPath?: Maybe<Scalars['String']['output']>;
};


/** A tenant-owned workflow: an editable draft and its saved versions. */
export type WorkflowRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant-owned workflow: an editable draft and its saved versions. */
export type WorkflowVersionArgs = {
  number: Scalars['Int']['input'];
};

/** A compile problem. */
export type WorkflowCompileError = {
  __typename?: 'WorkflowCompileError';
  /** CYCLE, UNKNOWN_NODE_TYPE, INVALID_CONFIG, REQUIRED_INPUT_UNCONNECTED, PORT_TYPE_MISMATCH, UNREACHABLE_NODE, … */
  code: Scalars['String']['output'];
  /** Config field path, e.g. `config.url`. */
  field?: Maybe<Scalars['String']['output']>;
  /** For people. */
  message: Scalars['String']['output'];
  /** The node at fault, if one is. */
  nodeId?: Maybe<Scalars['String']['output']>;
  /** Node ids along a cycle. */
  path?: Maybe<Array<Scalars['String']['output']>>;
};

/** Compile result. */
export type WorkflowCompileResult = {
  __typename?: 'WorkflowCompileResult';
  /** Problems, each pinned to a node when one is at fault. */
  errors: Array<WorkflowCompileError>;
  /** Nodes that may run in parallel, level by level. */
  levels: Array<Array<Scalars['String']['output']>>;
  /** True when the graph compiles. */
  ok: Scalars['Boolean']['output'];
  /** Node ids in execution order (empty on errors). */
  order: Array<Scalars['String']['output']>;
};

/** A page of workflows. */
export type WorkflowConnection = {
  __typename?: 'WorkflowConnection';
  /** Cursor for the next page, if any. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Workflows on this page. */
  nodes: Array<Workflow>;
};

/** Differences between two graphs. */
export type WorkflowDiff = {
  __typename?: 'WorkflowDiff';
  /** Edges only in `to`. */
  edgesAdded: Array<WorkflowEdge>;
  /** Edges only in `from`. */
  edgesRemoved: Array<WorkflowEdge>;
  /** Version compared from. */
  from: Scalars['Int']['output'];
  /** Nodes only in `to`. */
  nodesAdded: Array<Scalars['String']['output']>;
  /** Nodes whose type or config changed. */
  nodesChanged: Array<WorkflowNodeChange>;
  /** Nodes that only moved on the canvas. */
  nodesMoved: Array<Scalars['String']['output']>;
  /** Nodes only in `from`. */
  nodesRemoved: Array<Scalars['String']['output']>;
  /** Version compared to (0: the draft). */
  to: Scalars['Int']['output'];
};

/** A connection from one node's output port to another's input port. */
export type WorkflowEdge = {
  __typename?: 'WorkflowEdge';
  /** Source node id. */
  source: Scalars['String']['output'];
  /** Source output port. */
  sourcePort: Scalars['String']['output'];
  /** Target node id. */
  target: Scalars['String']['output'];
  /** Target input port. */
  targetPort: Scalars['String']['output'];
};

/** A graph of nodes and edges. */
export type WorkflowGraph = {
  __typename?: 'WorkflowGraph';
  /** Edges from an output port to an input port. */
  edges: Array<WorkflowEdge>;
  /** Nodes. */
  nodes: Array<WorkflowNode>;
};

/** A node on the canvas. */
export type WorkflowNode = {
  __typename?: 'WorkflowNode';
  /** Settings, shaped by the type's config schema. */
  config: Scalars['JSON']['output'];
  /** Unique within the graph. */
  id: Scalars['String']['output'];
  /** Canvas position. */
  position: WorkflowPosition;
  /** A registered node type. */
  type: Scalars['String']['output'];
};

/** How one node changed. */
export type WorkflowNodeChange = {
  __typename?: 'WorkflowNodeChange';
  /** Changed paths with before and after values. */
  changes: Array<WorkflowValueChange>;
  /** Node id. */
  nodeId: Scalars['String']['output'];
};

/** A node's settled result in a run. */
export type WorkflowNodeRun = {
  __typename?: 'WorkflowNodeRun';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** Its last error. */
  error?: Maybe<WorkflowRunError>;
  /** When it settled (ISO 8601). */
  finishedAt: Scalars['String']['output'];
  /** What the node received. */
  input?: Maybe<Scalars['JSON']['output']>;
  /** Node id. */
  nodeId: Scalars['String']['output'];
  /** What it produced. */
  output?: Maybe<Scalars['JSON']['output']>;
  /** Output port taken. */
  port?: Maybe<Scalars['String']['output']>;
  /** When its last attempt started (ISO 8601). */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** SUCCEEDED, FAILED or WAITING. */
  status: Scalars['String']['output'];
};

/** A node's state in a snapshot. */
export type WorkflowNodeSnapshot = {
  __typename?: 'WorkflowNodeSnapshot';
  /** Latest attempt. */
  attempt: Scalars['Int']['output'];
  /** Latest error. */
  error?: Maybe<Scalars['String']['output']>;
  /** Node id. */
  nodeId: Scalars['String']['output'];
  /** RUNNING, RETRYING, SUCCEEDED, FAILED, SKIPPED or WAITING. */
  status: Scalars['String']['output'];
};

/** A node type the builder can place. */
export type WorkflowNodeType = {
  __typename?: 'WorkflowNodeType';
  /** TRIGGER or STEP. */
  category: Scalars['String']['output'];
  /** JSON Schema (draft-07) of the config. */
  configSchema: Scalars['JSON']['output'];
  /** What it does. */
  description: Scalars['String']['output'];
  /** Input ports. */
  inputs: Array<WorkflowPort>;
  /** Output ports (steps also have `error`). */
  outputs: Array<WorkflowPort>;
  /** Palette title. */
  title: Scalars['String']['output'];
  /** Identifier used in graphs. */
  type: Scalars['String']['output'];
};

/** Result of a workflow mutation. */
export type WorkflowPayload = {
  __typename?: 'WorkflowPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The workflow after the change. */
  workflow?: Maybe<Workflow>;
};

/** A typed port. */
export type WorkflowPort = {
  __typename?: 'WorkflowPort';
  /** Accepts more than one incoming edge. */
  multiple: Scalars['Boolean']['output'];
  /** Port name. */
  name: Scalars['String']['output'];
  /** Must be connected for the node to run. */
  required: Scalars['Boolean']['output'];
  /** JSON Schema of the values it carries. */
  schema: Scalars['JSON']['output'];
};

/** Canvas coordinates. */
export type WorkflowPosition = {
  __typename?: 'WorkflowPosition';
  /** Horizontal. */
  x: Scalars['Float']['output'];
  /** Vertical. */
  y: Scalars['Float']['output'];
};

/** One execution of a workflow. */
export type WorkflowRun = {
  __typename?: 'WorkflowRun';
  /** When it was queued (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Why it failed. */
  error?: Maybe<WorkflowRunError>;
  /** When it finished (ISO 8601). */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** The graph that ran. */
  graph: WorkflowGraph;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The run's input. */
  input?: Maybe<Scalars['JSON']['output']>;
  /** Number of the newest event. */
  lastSeq: Scalars['Int']['output'];
  /** Settled nodes with their input and output; `nodeIds` limits the list to those nodes (inputs and outputs are only read when asked for). */
  nodeRuns: Array<WorkflowNodeRun>;
  /** Outputs of the nodes nothing follows (one value when there is one such node). */
  output?: Maybe<Scalars['JSON']['output']>;
  /** The failed or cancelled run this run retries, if it is a retry. */
  retryOfRunId?: Maybe<Scalars['ID']['output']>;
  /** When a worker first started it (ISO 8601). */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** QUEUED, RUNNING, WAITING, SUCCEEDED, FAILED or CANCELLED. */
  status: Scalars['String']['output'];
  /** MANUAL, API, WEBHOOK, SCHEDULE, SUB_WORKFLOW or ERROR_HANDLER. */
  trigger: Scalars['String']['output'];
  /** The version run; null for a draft run. */
  versionNumber?: Maybe<Scalars['Int']['output']>;
  /** The workflow. */
  workflowId: Scalars['ID']['output'];
  /** The workflow's current name. */
  workflowName: Scalars['String']['output'];
};


/** One execution of a workflow. */
export type WorkflowRunNodeRunsArgs = {
  nodeIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of runs. */
export type WorkflowRunConnection = {
  __typename?: 'WorkflowRunConnection';
  /** Cursor for the next page, if any. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Runs on this page. */
  nodes: Array<WorkflowRun>;
};

/** A failure. */
export type WorkflowRunError = {
  __typename?: 'WorkflowRunError';
  /** Machine-readable code (TIMEOUT, HTTP_STATUS, …). */
  code: Scalars['String']['output'];
  /** For people. */
  message: Scalars['String']['output'];
  /** The node that failed, if one did. */
  nodeId?: Maybe<Scalars['String']['output']>;
};

/** Result of a run mutation. */
export type WorkflowRunPayload = {
  __typename?: 'WorkflowRunPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The run. */
  run?: Maybe<WorkflowRun>;
};

/** A run's state at one event number. */
export type WorkflowRunSnapshot = {
  __typename?: 'WorkflowRunSnapshot';
  /** Run error, if it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** Nodes that have started. */
  nodes: Array<WorkflowNodeSnapshot>;
  /** Run status. */
  status: Scalars['String']['output'];
};

/** An item of the live stream: a SNAPSHOT first, then numbered events. */
export type WorkflowRunStreamItem = {
  __typename?: 'WorkflowRunStreamItem';
  /** When it happened (ISO 8601); null for SNAPSHOT. */
  at?: Maybe<Scalars['String']['output']>;
  /** Attempt number, for node events. */
  attempt?: Maybe<Scalars['Int']['output']>;
  /** Pause before the next attempt, for NODE_RETRYING. */
  delayMs?: Maybe<Scalars['Int']['output']>;
  /** Error message, for failures and retries. */
  error?: Maybe<Scalars['String']['output']>;
  /** The node, for node events. */
  nodeId?: Maybe<Scalars['String']['output']>;
  /** The run. */
  runId: Scalars['ID']['output'];
  /** Event number (for SNAPSHOT: the newest event it includes). Reconnect with `after` set to the last one seen. */
  seq: Scalars['Int']['output'];
  /** The state as of `seq`, for SNAPSHOT. */
  snapshot?: Maybe<WorkflowRunSnapshot>;
  /** Run status for RUN_FINISHED. */
  status?: Maybe<Scalars['String']['output']>;
  /** SNAPSHOT, RUN_STARTED, RUN_RESUMED, RUN_WAITING, NODE_STARTED, NODE_SUCCEEDED, NODE_FAILED, NODE_RETRYING, NODE_SKIPPED, NODE_WAITING or RUN_FINISHED. */
  type: Scalars['String']['output'];
};

/** Workflow settings of the organisation. */
export type WorkflowSettings = {
  __typename?: 'WorkflowSettings';
  /** Hosts HTTP request nodes may call. */
  allowedHosts: Array<Scalars['String']['output']>;
};

/** Result of setWorkflowAllowedHosts. */
export type WorkflowSettingsPayload = {
  __typename?: 'WorkflowSettingsPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The settings after the change. */
  settings?: Maybe<WorkflowSettings>;
};

/** One changed value. */
export type WorkflowValueChange = {
  __typename?: 'WorkflowValueChange';
  /** Value after (absent when removed). */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Value before (absent when added). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Path, e.g. `config.url` or `type`. */
  path: Scalars['String']['output'];
};

/** An immutable saved version. */
export type WorkflowVersion = {
  __typename?: 'WorkflowVersion';
  /** Who saved it (user id), if a person did. */
  authorId?: Maybe<Scalars['ID']['output']>;
  /** When it was saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The saved graph. */
  graph: WorkflowGraph;
  /** The workflow's name when saved. */
  name: Scalars['String']['output'];
  /** What changed, in the author's words. */
  note: Scalars['String']['output'];
  /** 1, 2, … per workflow. */
  number: Scalars['Int']['output'];
};

/** Result of saveWorkflowVersion. */
export type WorkflowVersionPayload = {
  __typename?: 'WorkflowVersionPayload';
  /** Compile errors that stopped the save. */
  compileErrors: Array<WorkflowCompileError>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The saved version. */
  version?: Maybe<WorkflowVersion>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Workflow: Workflow;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Workflow:
    ( { __typename: 'Workflow' }
    & GraphQLRecursivePick<FederationTypes['Workflow'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateWorkflowInput: CreateWorkflowInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DeleteWorkflowPayload: ResolverTypeWrapper<DeleteWorkflowPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TenantSecret: ResolverTypeWrapper<SecretRow>;
  TenantSecretPayload: ResolverTypeWrapper<Omit<TenantSecretPayload, 'secret'> & { secret?: Maybe<ResolversTypes['TenantSecret']> }>;
  UpdateWorkflowInput: UpdateWorkflowInput;
  UserError: ResolverTypeWrapper<UserError>;
  Workflow: ResolverTypeWrapper<WorkflowRow>;
  WorkflowCompileError: ResolverTypeWrapper<WorkflowCompileError>;
  WorkflowCompileResult: ResolverTypeWrapper<WorkflowCompileResult>;
  WorkflowConnection: ResolverTypeWrapper<Omit<WorkflowConnection, 'nodes'> & { nodes: Array<ResolversTypes['Workflow']> }>;
  WorkflowDiff: ResolverTypeWrapper<WorkflowDiff>;
  WorkflowEdge: ResolverTypeWrapper<WorkflowEdge>;
  WorkflowGraph: ResolverTypeWrapper<WorkflowGraph>;
  WorkflowNode: ResolverTypeWrapper<WorkflowNode>;
  WorkflowNodeChange: ResolverTypeWrapper<WorkflowNodeChange>;
  WorkflowNodeRun: ResolverTypeWrapper<NodeRunRow>;
  WorkflowNodeSnapshot: ResolverTypeWrapper<WorkflowNodeSnapshot>;
  WorkflowNodeType: ResolverTypeWrapper<WorkflowNodeType>;
  WorkflowPayload: ResolverTypeWrapper<Omit<WorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversTypes['Workflow']> }>;
  WorkflowPort: ResolverTypeWrapper<WorkflowPort>;
  WorkflowPosition: ResolverTypeWrapper<WorkflowPosition>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  WorkflowRun: ResolverTypeWrapper<RunRow>;
  WorkflowRunConnection: ResolverTypeWrapper<Omit<WorkflowRunConnection, 'nodes'> & { nodes: Array<ResolversTypes['WorkflowRun']> }>;
  WorkflowRunError: ResolverTypeWrapper<WorkflowRunError>;
  WorkflowRunPayload: ResolverTypeWrapper<Omit<WorkflowRunPayload, 'run'> & { run?: Maybe<ResolversTypes['WorkflowRun']> }>;
  WorkflowRunSnapshot: ResolverTypeWrapper<WorkflowRunSnapshot>;
  WorkflowRunStreamItem: ResolverTypeWrapper<WorkflowRunStreamItem>;
  WorkflowSettings: ResolverTypeWrapper<WorkflowSettings>;
  WorkflowSettingsPayload: ResolverTypeWrapper<WorkflowSettingsPayload>;
  WorkflowValueChange: ResolverTypeWrapper<WorkflowValueChange>;
  WorkflowVersion: ResolverTypeWrapper<VersionRow>;
  WorkflowVersionPayload: ResolverTypeWrapper<Omit<WorkflowVersionPayload, 'version'> & { version?: Maybe<ResolversTypes['WorkflowVersion']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateWorkflowInput: CreateWorkflowInput;
  String: Scalars['String']['output'];
  DeleteWorkflowPayload: DeleteWorkflowPayload;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  TenantSecret: SecretRow;
  TenantSecretPayload: Omit<TenantSecretPayload, 'secret'> & { secret?: Maybe<ResolversParentTypes['TenantSecret']> };
  UpdateWorkflowInput: UpdateWorkflowInput;
  UserError: UserError;
  Workflow: WorkflowRow;
  WorkflowCompileError: WorkflowCompileError;
  WorkflowCompileResult: WorkflowCompileResult;
  WorkflowConnection: Omit<WorkflowConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Workflow']> };
  WorkflowDiff: WorkflowDiff;
  WorkflowEdge: WorkflowEdge;
  WorkflowGraph: WorkflowGraph;
  WorkflowNode: WorkflowNode;
  WorkflowNodeChange: WorkflowNodeChange;
  WorkflowNodeRun: NodeRunRow;
  WorkflowNodeSnapshot: WorkflowNodeSnapshot;
  WorkflowNodeType: WorkflowNodeType;
  WorkflowPayload: Omit<WorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversParentTypes['Workflow']> };
  WorkflowPort: WorkflowPort;
  WorkflowPosition: WorkflowPosition;
  Float: Scalars['Float']['output'];
  WorkflowRun: RunRow;
  WorkflowRunConnection: Omit<WorkflowRunConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['WorkflowRun']> };
  WorkflowRunError: WorkflowRunError;
  WorkflowRunPayload: Omit<WorkflowRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['WorkflowRun']> };
  WorkflowRunSnapshot: WorkflowRunSnapshot;
  WorkflowRunStreamItem: WorkflowRunStreamItem;
  WorkflowSettings: WorkflowSettings;
  WorkflowSettingsPayload: WorkflowSettingsPayload;
  WorkflowValueChange: WorkflowValueChange;
  WorkflowVersion: VersionRow;
  WorkflowVersionPayload: Omit<WorkflowVersionPayload, 'version'> & { version?: Maybe<ResolversParentTypes['WorkflowVersion']> };
}>;

export type DeleteWorkflowPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteWorkflowPayload'] = ResolversParentTypes['DeleteWorkflowPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelWorkflowRun?: Resolver<ResolversTypes['WorkflowRunPayload'], ParentType, ContextType, RequireFields<MutationCancelWorkflowRunArgs, 'runId'>>;
  createWorkflow?: Resolver<ResolversTypes['WorkflowPayload'], ParentType, ContextType, RequireFields<MutationCreateWorkflowArgs, 'input'>>;
  deleteTenantSecret?: Resolver<ResolversTypes['TenantSecretPayload'], ParentType, ContextType, RequireFields<MutationDeleteTenantSecretArgs, 'name'>>;
  deleteWorkflow?: Resolver<ResolversTypes['DeleteWorkflowPayload'], ParentType, ContextType, RequireFields<MutationDeleteWorkflowArgs, 'id'>>;
  restoreWorkflowVersion?: Resolver<ResolversTypes['WorkflowPayload'], ParentType, ContextType, RequireFields<MutationRestoreWorkflowVersionArgs, 'number' | 'workflowId'>>;
  resumeWorkflowRun?: Resolver<ResolversTypes['WorkflowRunPayload'], ParentType, ContextType, RequireFields<MutationResumeWorkflowRunArgs, 'nodeId' | 'runId'>>;
  retryWorkflowRun?: Resolver<ResolversTypes['WorkflowRunPayload'], ParentType, ContextType, RequireFields<MutationRetryWorkflowRunArgs, 'runId'>>;
  rotateWorkflowWebhookSecret?: Resolver<ResolversTypes['WorkflowPayload'], ParentType, ContextType, RequireFields<MutationRotateWorkflowWebhookSecretArgs, 'workflowId'>>;
  runWorkflow?: Resolver<ResolversTypes['WorkflowRunPayload'], ParentType, ContextType, RequireFields<MutationRunWorkflowArgs, 'workflowId'>>;
  saveWorkflowVersion?: Resolver<ResolversTypes['WorkflowVersionPayload'], ParentType, ContextType, RequireFields<MutationSaveWorkflowVersionArgs, 'workflowId'>>;
  setTenantSecret?: Resolver<ResolversTypes['TenantSecretPayload'], ParentType, ContextType, RequireFields<MutationSetTenantSecretArgs, 'name' | 'value'>>;
  setWorkflowActive?: Resolver<ResolversTypes['WorkflowPayload'], ParentType, ContextType, RequireFields<MutationSetWorkflowActiveArgs, 'active' | 'workflowId'>>;
  setWorkflowAllowedHosts?: Resolver<ResolversTypes['WorkflowSettingsPayload'], ParentType, ContextType, RequireFields<MutationSetWorkflowAllowedHostsArgs, 'hosts'>>;
  updateWorkflow?: Resolver<ResolversTypes['WorkflowPayload'], ParentType, ContextType, RequireFields<MutationUpdateWorkflowArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compileWorkflowGraph?: Resolver<ResolversTypes['WorkflowCompileResult'], ParentType, ContextType, RequireFields<QueryCompileWorkflowGraphArgs, 'graph'>>;
  tenantSecrets?: Resolver<Array<ResolversTypes['TenantSecret']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'id'>>;
  workflowNodeTypes?: Resolver<Array<ResolversTypes['WorkflowNodeType']>, ParentType, ContextType>;
  workflowRun?: Resolver<Maybe<ResolversTypes['WorkflowRun']>, ParentType, ContextType, RequireFields<QueryWorkflowRunArgs, 'id'>>;
  workflowRuns?: Resolver<ResolversTypes['WorkflowRunConnection'], ParentType, ContextType, RequireFields<QueryWorkflowRunsArgs, 'first'>>;
  workflowSettings?: Resolver<ResolversTypes['WorkflowSettings'], ParentType, ContextType>;
  workflowVersionDiff?: Resolver<ResolversTypes['WorkflowDiff'], ParentType, ContextType, RequireFields<QueryWorkflowVersionDiffArgs, 'from' | 'to' | 'workflowId'>>;
  workflows?: Resolver<ResolversTypes['WorkflowConnection'], ParentType, ContextType, RequireFields<QueryWorkflowsArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  workflowRunEvents?: SubscriptionResolver<ResolversTypes['WorkflowRunStreamItem'], "workflowRunEvents", ParentType, ContextType, RequireFields<SubscriptionWorkflowRunEventsArgs, 'after' | 'runId'>>;
}>;

export type TenantSecretResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantSecret'] = ResolversParentTypes['TenantSecret']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantSecretPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantSecretPayload'] = ResolversParentTypes['TenantSecretPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['TenantSecret']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Workflow'] = ResolversParentTypes['Workflow'], FederationReferenceType extends FederationReferenceTypes['Workflow'] = FederationReferenceTypes['Workflow']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workflow']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['WorkflowGraph'], ParentType, ContextType>;
  draftProblems?: Resolver<Array<ResolversTypes['WorkflowCompileError']>, ParentType, ContextType>;
  draftUpdatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorWorkflowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['WorkflowRunConnection'], ParentType, ContextType, RequireFields<WorkflowRunsArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['WorkflowVersion']>, ParentType, ContextType, RequireFields<WorkflowVersionArgs, 'number'>>;
  versions?: Resolver<Array<ResolversTypes['WorkflowVersion']>, ParentType, ContextType>;
  webhookPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkflowCompileErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowCompileError'] = ResolversParentTypes['WorkflowCompileError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
}>;

export type WorkflowCompileResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowCompileResult'] = ResolversParentTypes['WorkflowCompileResult']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['WorkflowCompileError']>, ParentType, ContextType>;
  levels?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkflowConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowConnection'] = ResolversParentTypes['WorkflowConnection']> = ResolversObject<{
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type WorkflowDiffResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowDiff'] = ResolversParentTypes['WorkflowDiff']> = ResolversObject<{
  edgesAdded?: Resolver<Array<ResolversTypes['WorkflowEdge']>, ParentType, ContextType>;
  edgesRemoved?: Resolver<Array<ResolversTypes['WorkflowEdge']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodesChanged?: Resolver<Array<ResolversTypes['WorkflowNodeChange']>, ParentType, ContextType>;
  nodesMoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodesRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkflowEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowEdge'] = ResolversParentTypes['WorkflowEdge']> = ResolversObject<{
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourcePort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetPort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowGraphResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowGraph'] = ResolversParentTypes['WorkflowGraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkflowEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkflowNode']>, ParentType, ContextType>;
}>;

export type WorkflowNodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowNode'] = ResolversParentTypes['WorkflowNode']> = ResolversObject<{
  config?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['WorkflowPosition'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowNodeChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowNodeChange'] = ResolversParentTypes['WorkflowNodeChange']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['WorkflowValueChange']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowNodeRunResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowNodeRun'] = ResolversParentTypes['WorkflowNodeRun']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['WorkflowRunError']>, ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  input?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  port?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowNodeSnapshotResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowNodeSnapshot'] = ResolversParentTypes['WorkflowNodeSnapshot']> = ResolversObject<{
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowNodeTypeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowNodeType'] = ResolversParentTypes['WorkflowNodeType']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  configSchema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['WorkflowPort']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['WorkflowPort']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowPayload'] = ResolversParentTypes['WorkflowPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type WorkflowPortResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowPort'] = ResolversParentTypes['WorkflowPort']> = ResolversObject<{
  multiple?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type WorkflowPositionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowPosition'] = ResolversParentTypes['WorkflowPosition']> = ResolversObject<{
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type WorkflowRunResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRun'] = ResolversParentTypes['WorkflowRun']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['WorkflowRunError']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['WorkflowGraph'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  lastSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeRuns?: Resolver<Array<ResolversTypes['WorkflowNodeRun']>, ParentType, ContextType, Partial<WorkflowRunNodeRunsArgs>>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  retryOfRunId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workflowId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workflowName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowRunConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRunConnection'] = ResolversParentTypes['WorkflowRunConnection']> = ResolversObject<{
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkflowRun']>, ParentType, ContextType>;
}>;

export type WorkflowRunErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRunError'] = ResolversParentTypes['WorkflowRunError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkflowRunPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRunPayload'] = ResolversParentTypes['WorkflowRunPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['WorkflowRun']>, ParentType, ContextType>;
}>;

export type WorkflowRunSnapshotResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRunSnapshot'] = ResolversParentTypes['WorkflowRunSnapshot']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkflowNodeSnapshot']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowRunStreamItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowRunStreamItem'] = ResolversParentTypes['WorkflowRunStreamItem']> = ResolversObject<{
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attempt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  delayMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  snapshot?: Resolver<Maybe<ResolversTypes['WorkflowRunSnapshot']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowSettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowSettings'] = ResolversParentTypes['WorkflowSettings']> = ResolversObject<{
  allowedHosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkflowSettingsPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowSettingsPayload'] = ResolversParentTypes['WorkflowSettingsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['WorkflowSettings']>, ParentType, ContextType>;
}>;

export type WorkflowValueChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowValueChange'] = ResolversParentTypes['WorkflowValueChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowVersion'] = ResolversParentTypes['WorkflowVersion']> = ResolversObject<{
  authorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['WorkflowGraph'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkflowVersionPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkflowVersionPayload'] = ResolversParentTypes['WorkflowVersionPayload']> = ResolversObject<{
  compileErrors?: Resolver<Array<ResolversTypes['WorkflowCompileError']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['WorkflowVersion']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DeleteWorkflowPayload?: DeleteWorkflowPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TenantSecret?: TenantSecretResolvers<ContextType>;
  TenantSecretPayload?: TenantSecretPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Workflow?: WorkflowResolvers<ContextType>;
  WorkflowCompileError?: WorkflowCompileErrorResolvers<ContextType>;
  WorkflowCompileResult?: WorkflowCompileResultResolvers<ContextType>;
  WorkflowConnection?: WorkflowConnectionResolvers<ContextType>;
  WorkflowDiff?: WorkflowDiffResolvers<ContextType>;
  WorkflowEdge?: WorkflowEdgeResolvers<ContextType>;
  WorkflowGraph?: WorkflowGraphResolvers<ContextType>;
  WorkflowNode?: WorkflowNodeResolvers<ContextType>;
  WorkflowNodeChange?: WorkflowNodeChangeResolvers<ContextType>;
  WorkflowNodeRun?: WorkflowNodeRunResolvers<ContextType>;
  WorkflowNodeSnapshot?: WorkflowNodeSnapshotResolvers<ContextType>;
  WorkflowNodeType?: WorkflowNodeTypeResolvers<ContextType>;
  WorkflowPayload?: WorkflowPayloadResolvers<ContextType>;
  WorkflowPort?: WorkflowPortResolvers<ContextType>;
  WorkflowPosition?: WorkflowPositionResolvers<ContextType>;
  WorkflowRun?: WorkflowRunResolvers<ContextType>;
  WorkflowRunConnection?: WorkflowRunConnectionResolvers<ContextType>;
  WorkflowRunError?: WorkflowRunErrorResolvers<ContextType>;
  WorkflowRunPayload?: WorkflowRunPayloadResolvers<ContextType>;
  WorkflowRunSnapshot?: WorkflowRunSnapshotResolvers<ContextType>;
  WorkflowRunStreamItem?: WorkflowRunStreamItemResolvers<ContextType>;
  WorkflowSettings?: WorkflowSettingsResolvers<ContextType>;
  WorkflowSettingsPayload?: WorkflowSettingsPayloadResolvers<ContextType>;
  WorkflowValueChange?: WorkflowValueChangeResolvers<ContextType>;
  WorkflowVersion?: WorkflowVersionResolvers<ContextType>;
  WorkflowVersionPayload?: WorkflowVersionPayloadResolvers<ContextType>;
}>;

