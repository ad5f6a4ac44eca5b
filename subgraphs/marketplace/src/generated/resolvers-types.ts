import type { GraphQLResolveInfo } from 'graphql';
import type { AgentRow } from '../agents/agent-repository';
import type { VersionRow } from '../versions/version-repository';
import type { ReviewRow } from '../ratings/rating-repository';
import type { PublisherRow } from '../publishers/publisher-repository';
import type { TenantRef, SubgraphContext } from '../context';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An agent listed in the marketplace. */
export type Agent = {
  __typename?: 'Agent';
  /** Skill ids the agent declares (A2A capabilities). */
  capabilities: Array<Scalars['String']['output']>;
  /** When it was first listed (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The dependency graph of a version (default: latest) with a topological install order. */
  dependencyGraph: DependencyResolution;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Human title. */
  displayName: Scalars['String']['output'];
  /** Named pointers to versions, e.g. `latest`, `beta`. */
  distTags: Array<DistTag>;
  /** Installs counted so far. */
  downloads: Scalars['Int']['output'];
  /** Project homepage. */
  homepage?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How to add it to a project. */
  installCommand: Scalars['String']['output'];
  /** Invocations counted so far. */
  invocations: Scalars['Int']['output'];
  /** `code` (JavaScript) or `model` (a trained TensorFlow.js model). */
  kind: Scalars['String']['output'];
  /** Latest published version (semver). */
  latestVersion: Scalars['String']['output'];
  /** SPDX licence expression. */
  license: Scalars['String']['output'];
  /** Scoped package name, `@scope/name`. */
  name: Scalars['String']['output'];
  /** Message protocol the agent speaks (nexus, openai, langchain, autogen, a2a, mcp). */
  protocol: Scalars['String']['output'];
  /** The organisation that publishes it (resolved by the tenancy subgraph). */
  publisher: Tenant;
  /** Average rating 1–5, when rated. */
  rating?: Maybe<Scalars['Float']['output']>;
  /** Number of ratings. */
  ratingCount: Scalars['Int']['output'];
  /** README of the latest published version (markdown source; render it safely). */
  readme: Scalars['String']['output'];
  /** Source repository. */
  repository?: Maybe<Scalars['String']['output']>;
  /** Ratings and reviews, newest first. */
  reviews: AgentReviewConnection;
  /** The publisher's agent scope, e.g. `acme` for `@acme/…`. */
  scope: Scalars['String']['output'];
  /** Topic tags. */
  tags: Array<Scalars['String']['output']>;
  /** When it last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Whether the publisher is verified by the platform. */
  verified: Scalars['Boolean']['output'];
  /** One version by exact semver, or by dist-tag. */
  version?: Maybe<AgentVersion>;
  /** Versions, newest first; published ones for everyone, all of them for the owner. */
  versions: AgentVersionConnection;
  /** The signed-in user's own review, if any. */
  viewerReview?: Maybe<AgentReview>;
  /** PUBLIC or PRIVATE. */
  visibility: Scalars['String']['output'];
};


/** An agent listed in the marketplace. */
export type AgentDependencyGraphArgs = {
  range?: InputMaybe<Scalars['String']['input']>;
};


/** An agent listed in the marketplace. */
export type AgentReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An agent listed in the marketplace. */
export type AgentVersionArgs = {
  version: Scalars['String']['input'];
};


/** An agent listed in the marketplace. */
export type AgentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agents. */
export type AgentConnection = {
  __typename?: 'AgentConnection';
  /** The agents on this page. */
  edges: Array<AgentEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many agents match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in an agent list. */
export type AgentEdge = {
  __typename?: 'AgentEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The agent. */
  node: Agent;
};

/** A user's rating and review of an agent. */
export type AgentReview = {
  __typename?: 'AgentReview';
  /** Author's user id. */
  authorId: Scalars['ID']['output'];
  /** Review text. */
  body: Scalars['String']['output'];
  /** When it was written (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 1 to 5 stars. */
  rating: Scalars['Int']['output'];
  /** Short headline. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it was last edited (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** A page of reviews. */
export type AgentReviewConnection = {
  __typename?: 'AgentReviewConnection';
  /** Reviews on this page. */
  edges: Array<AgentReviewEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a review list. */
export type AgentReviewEdge = {
  __typename?: 'AgentReviewEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: AgentReview;
};

/** Filters for marketplace search. */
export type AgentSearchFilters = {
  /** Any of these capabilities (skill ids). */
  capability?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these licences. */
  license?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Minimum average rating, 0–5. */
  minRating?: InputMaybe<Scalars['Float']['input']>;
  /** Any of these protocols. */
  protocol?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these publisher scopes. */
  publisher?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these tags. */
  tag?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only verified publishers. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Search results with facets. */
export type AgentSearchResult = {
  __typename?: 'AgentSearchResult';
  /** Matching agents in rank order. */
  agents: AgentConnection;
  /** Facet counts over all matches. */
  facets: Array<Facet>;
  /** Search time in the engine. */
  tookMs: Scalars['Float']['output'];
};

/** How to order search results. */
export type AgentSort =
  /** Most recently updated. */
  | 'NEWEST'
  /** Bayesian average rating. */
  | 'RATING'
  /** 0.4 relevance + 0.3 rating (Bayesian) + 0.3 usage (log-scaled). */
  | 'RELEVANCE'
  /** Downloads. */
  | 'USAGE';

/** A published version's package, for installing it. */
export type AgentTarball = {
  __typename?: 'AgentTarball';
  /** `sha512-<base64>` of the package; the bytes were checked against it before they were sent. */
  integrity: Scalars['String']['output'];
  /** Scoped agent name. */
  name: Scalars['String']['output'];
  /** Package size in bytes (before base64). */
  sizeBytes: Scalars['Int']['output'];
  /** The .tgz, base64-encoded. */
  tarball: Scalars['String']['output'];
  /** The exact version served. */
  version: Scalars['String']['output'];
};

/** An immutable published version of an agent. */
export type AgentVersion = {
  __typename?: 'AgentVersion';
  /** The agent. */
  agent: Agent;
  /** When it was uploaded (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Declared dependencies. */
  dependencies: Array<DependencySpec>;
  /** Deprecation message, when deprecated. */
  deprecated?: Maybe<Scalars['String']['output']>;
  /** Files in the package. */
  fileCount: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** `sha512-<base64>` of the package, as npm's dist.integrity. */
  integrity: Scalars['String']['output'];
  /** The validated manifest (nexus-agent.json) as JSON text. */
  manifestJson: Scalars['String']['output'];
  /** The agent's scoped name, `@scope/name`. */
  name: Scalars['String']['output'];
  /** When it was published (ISO 8601). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** README (markdown source). */
  readme: Scalars['String']['output'];
  /** Why review rejected it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The publish pipeline's report, step by step. */
  report: PublishReport;
  /** Package size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Review status. */
  status: AgentVersionStatus;
  /** Semver version. */
  version: Scalars['String']['output'];
};

/** A page of versions. */
export type AgentVersionConnection = {
  __typename?: 'AgentVersionConnection';
  /** Versions on this page. */
  edges: Array<AgentVersionEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a version list. */
export type AgentVersionEdge = {
  __typename?: 'AgentVersionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: AgentVersion;
};

/** Where a version is in its life. */
export type AgentVersionStatus =
  /** Waiting for a platform admin's review. */
  | 'PENDING_REVIEW'
  /** Installable; visible in the marketplace. */
  | 'PUBLISHED'
  /** Refused by review; kept for the publisher with the reason. */
  | 'REJECTED';

/** A resolved dependency tree, flattened: one version per agent. */
export type DependencyResolution = {
  __typename?: 'DependencyResolution';
  /** Ranges no single version satisfies, with who wants what. */
  conflicts: Array<Scalars['String']['output']>;
  /** Dependency cycles, each as a path of `name@version`. */
  cycles: Array<Array<Scalars['String']['output']>>;
  /** `name@version` in install order: dependencies before dependents. */
  installOrder: Array<Scalars['String']['output']>;
  /** Dependencies that do not exist or have no matching version. */
  missing: Array<Scalars['String']['output']>;
  /** False when conflicts, cycles or missing agents prevent a resolution. */
  ok: Scalars['Boolean']['output'];
  /** The chosen versions. */
  packages: Array<ResolvedPackage>;
  /** Non-blocking notes, e.g. a deprecated version had to be used. */
  warnings: Array<Scalars['String']['output']>;
};

/** A dependency as declared in a manifest. */
export type DependencySpec = {
  __typename?: 'DependencySpec';
  /** Scoped agent name. */
  name: Scalars['String']['output'];
  /** Semver range. */
  range: Scalars['String']['output'];
};

/** Result of a deprecation. */
export type DeprecatePayload = {
  __typename?: 'DeprecatePayload';
  /** How many versions were marked. */
  count: Scalars['Int']['output'];
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
};

/** A dist-tag: a name pointing at a version. */
export type DistTag = {
  __typename?: 'DistTag';
  /** Tag name, e.g. latest. */
  tag: Scalars['String']['output'];
  /** The version it points at. */
  version: Scalars['String']['output'];
};

/** Counts per value for one filterable field. */
export type Facet = {
  __typename?: 'Facet';
  /** capability, tag, protocol, license or publisher. */
  field: Scalars['String']['output'];
  /** Values, most frequent first. */
  values: Array<FacetValue>;
};

/** A value of a facet and how many results have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** Results with it. */
  count: Scalars['Int']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** A problem found in a package. */
export type Finding = {
  __typename?: 'Finding';
  /** Machine-readable kind, e.g. EVAL, SECRET_AWS_KEY. */
  code: Scalars['String']['output'];
  /** File inside the package. */
  file?: Maybe<Scalars['String']['output']>;
  /** Line in that file. */
  line?: Maybe<Scalars['Int']['output']>;
  /** What was found. */
  message: Scalars['String']['output'];
  /** critical, high, medium, low or info; critical and high block publishing. */
  severity: Scalars['String']['output'];
};

/** Result of running an agent. */
export type InvokeAgentPayload = {
  __typename?: 'InvokeAgentPayload';
  /** Wall time of the invocation. */
  durationMs?: Maybe<Scalars['Float']['output']>;
  /** Expected failures (bad input, timeout, memory limit, runtime error). */
  errors: Array<UserError>;
  /** Heap used by the sandbox. */
  memoryBytes?: Maybe<Scalars['Int']['output']>;
  /** The output as JSON text. */
  outputJson?: Maybe<Scalars['String']['output']>;
};

/** A named measurement. */
export type Metric = {
  __typename?: 'Metric';
  /** e.g. p50Ms, p95Ms, peakMemoryBytes, errorRate, score. */
  name: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Mark every version in a semver range deprecated with a message (empty message un-deprecates). */
  deprecateAgentVersions: DeprecatePayload;
  /** Run a published agent version in the sandbox with a JSON input; counts an invocation. */
  invokeAgent: InvokeAgentPayload;
  /** Upload and publish a package: archive guards, manifest, ownership, security scan, benchmark, storage, review. */
  publishAgentVersion: PublishAgentVersionPayload;
  /** Rate and review an agent (one per user, editable). */
  rateAgent: RateAgentPayload;
  /** Approve or reject a pending version. Platform admins only. */
  reviewAgentVersion: ReviewAgentVersionPayload;
  /** Point a dist-tag at a published version. */
  setDistTag: SetDistTagPayload;
  /** Set a publisher's verification and review policy. Platform admins only. */
  updatePublisher: UpdatePublisherPayload;
};


export type MutationDeprecateAgentVersionsArgs = {
  message: Scalars['String']['input'];
  name: Scalars['String']['input'];
  range: Scalars['String']['input'];
};


export type MutationInvokeAgentArgs = {
  inputJson: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPublishAgentVersionArgs = {
  input: PublishAgentVersionInput;
};


export type MutationRateAgentArgs = {
  input: RateAgentInput;
};


export type MutationReviewAgentVersionArgs = {
  input: ReviewAgentVersionInput;
};


export type MutationSetDistTagArgs = {
  name: Scalars['String']['input'];
  tag: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationUpdatePublisherArgs = {
  input: UpdatePublisherInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether a next page exists. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a previous page exists. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Upload of a package to publish. */
export type PublishAgentVersionInput = {
  /** The .tgz, base64-encoded (10 MB at most before encoding). */
  tarball: Scalars['String']['input'];
};

/** Result of a publish. */
export type PublishAgentVersionPayload = {
  __typename?: 'PublishAgentVersionPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The pipeline report, also for rejected packages. */
  report?: Maybe<PublishReport>;
  /** The stored version (absent when the pipeline rejected the package). */
  version?: Maybe<AgentVersion>;
};

/** The publish pipeline's record. */
export type PublishReport = {
  __typename?: 'PublishReport';
  /** Steps in the order they ran. */
  steps: Array<PublishStep>;
};

/** One step of the publish pipeline. */
export type PublishStep = {
  __typename?: 'PublishStep';
  /** How long the step took. */
  durationMs: Scalars['Int']['output'];
  /** What the step found. */
  findings: Array<Finding>;
  /** Numbers the step measured (benchmark latencies, memory, score). */
  metrics: Array<Metric>;
  /** archive, manifest, ownership, security, benchmark, storage, review. */
  name: Scalars['String']['output'];
  /** passed, warning or failed. */
  status: Scalars['String']['output'];
  /** One-line outcome. */
  summary: Scalars['String']['output'];
};

/** A publisher: the organisation behind an agent scope. */
export type Publisher = {
  __typename?: 'Publisher';
  /** Versions skip the review queue when the pipeline flags nothing at medium or above. */
  autoApprove: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The organisation (resolved by the tenancy subgraph). */
  organisation: Tenant;
  /** Agent scope, e.g. `acme` for `@acme/…`. */
  scope: Scalars['String']['output'];
  /** Verified by the platform (shown as a badge). */
  verified: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One agent by id or by scoped name. */
  agent?: Maybe<Agent>;
  /** The package of a published version (exact version, or the highest match of a range or dist-tag) the caller can see; null when there is none. Counts an install. */
  agentTarball?: Maybe<AgentTarball>;
  /** Public agents (plus the caller's organisation's private ones), most downloaded first; `query` filters by name, title, description or tag. */
  agents: AgentConnection;
  /** The current organisation's agents, including private ones and every version status. */
  myAgents: AgentConnection;
  /** A publisher by scope. */
  publisher?: Maybe<Publisher>;
  /** Resolve an agent's dependencies for a semver range or dist-tag (default latest). */
  resolveDependencies: DependencyResolution;
  /** Versions waiting for review, oldest first. Platform admins only. */
  reviewQueue: AgentVersionConnection;
  /** Ranked search with filters and facets (cached 300 s). */
  searchAgents: AgentSearchResult;
};


export type QueryAgentArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgentTarballArgs = {
  name: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublisherArgs = {
  scope: Scalars['String']['input'];
};


export type QueryResolveDependenciesArgs = {
  name: Scalars['String']['input'];
  range?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchAgentsArgs = {
  input?: InputMaybe<SearchAgentsInput>;
};

/** A rating and review. */
export type RateAgentInput = {
  /** The agent. */
  agentId: Scalars['ID']['input'];
  /** Optional text, up to 5,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5. */
  rating: Scalars['Int']['input'];
  /** Optional headline, up to 120 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Result of rating an agent. */
export type RateAgentPayload = {
  __typename?: 'RateAgentPayload';
  /** The agent with its new average. */
  agent?: Maybe<Agent>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The stored review. */
  review?: Maybe<AgentReview>;
};

/** One agent version chosen by the resolver. */
export type ResolvedPackage = {
  __typename?: 'ResolvedPackage';
  /** Its dependencies as `name@version`. */
  dependencies: Array<Scalars['String']['output']>;
  /** Deprecation message of that version. */
  deprecated?: Maybe<Scalars['String']['output']>;
  /** Scoped name. */
  name: Scalars['String']['output'];
  /** Chosen version. */
  version: Scalars['String']['output'];
};

/** A platform admin's decision on a pending version. */
export type ReviewAgentVersionInput = {
  /** Approve or reject. */
  decision: ReviewDecision;
  /** Required when rejecting. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The pending version. */
  versionId: Scalars['ID']['input'];
};

/** Result of a review decision. */
export type ReviewAgentVersionPayload = {
  __typename?: 'ReviewAgentVersionPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The version after the decision. */
  version?: Maybe<AgentVersion>;
};

/** A review decision. */
export type ReviewDecision =
  /** Publish the version and move `latest` to it when it is the highest. */
  | 'APPROVE'
  /** Refuse it, with a reason the publisher sees. */
  | 'REJECT';

/** A marketplace search. */
export type SearchAgentsInput = {
  /** Offset cursor from a previous page. */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Filters. */
  filters?: InputMaybe<AgentSearchFilters>;
  /** Page size 1–100 (default 20). */
  first?: InputMaybe<Scalars['Int']['input']>;
  /** Order (default RELEVANCE). */
  sort?: InputMaybe<AgentSort>;
  /** Free text; typos and prefixes are tolerated. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Result of setting a dist-tag. */
export type SetDistTagPayload = {
  __typename?: 'SetDistTagPayload';
  /** The agent's tags after the change. */
  distTags: Array<DistTag>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
};

/** An organisation; the marketplace adds the agents it publishes. */
export type Tenant = {
  __typename?: 'Tenant';
  /** Public agents this organisation publishes, most downloaded first. */
  agents: AgentConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};


/** An organisation; the marketplace adds the agents it publishes. */
export type TenantAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A platform admin's change to a publisher's standing. */
export type UpdatePublisherInput = {
  /** Auto-approve policy; unchanged when omitted. */
  autoApprove?: InputMaybe<Scalars['Boolean']['input']>;
  /** The publisher's scope. */
  scope: Scalars['String']['input'];
  /** Verified badge; unchanged when omitted. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of updating a publisher. */
export type UpdatePublisherPayload = {
  __typename?: 'UpdatePublisherPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The publisher after the change. */
  publisher?: Maybe<Publisher>;
};

/** An expected failure a client can show next to a field. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable code. */
  code: Scalars['String']['output'];
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
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
  Agent: Agent;
  Tenant: Tenant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agent:
    ( { __typename: 'Agent' }
    & GraphQLRecursivePick<FederationTypes['Agent'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agent: ResolverTypeWrapper<AgentRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentConnection: ResolverTypeWrapper<Omit<AgentConnection, 'edges'> & { edges: Array<ResolversTypes['AgentEdge']> }>;
  AgentEdge: ResolverTypeWrapper<Omit<AgentEdge, 'node'> & { node: ResolversTypes['Agent'] }>;
  AgentReview: ResolverTypeWrapper<ReviewRow>;
  AgentReviewConnection: ResolverTypeWrapper<Omit<AgentReviewConnection, 'edges'> & { edges: Array<ResolversTypes['AgentReviewEdge']> }>;
  AgentReviewEdge: ResolverTypeWrapper<Omit<AgentReviewEdge, 'node'> & { node: ResolversTypes['AgentReview'] }>;
  AgentSearchFilters: AgentSearchFilters;
  AgentSearchResult: ResolverTypeWrapper<Omit<AgentSearchResult, 'agents'> & { agents: ResolversTypes['AgentConnection'] }>;
  AgentSort: AgentSort;
  AgentTarball: ResolverTypeWrapper<AgentTarball>;
  AgentVersion: ResolverTypeWrapper<VersionRow>;
  AgentVersionConnection: ResolverTypeWrapper<Omit<AgentVersionConnection, 'edges'> & { edges: Array<ResolversTypes['AgentVersionEdge']> }>;
  AgentVersionEdge: ResolverTypeWrapper<Omit<AgentVersionEdge, 'node'> & { node: ResolversTypes['AgentVersion'] }>;
  AgentVersionStatus: AgentVersionStatus;
  DependencyResolution: ResolverTypeWrapper<DependencyResolution>;
  DependencySpec: ResolverTypeWrapper<DependencySpec>;
  DeprecatePayload: ResolverTypeWrapper<DeprecatePayload>;
  DistTag: ResolverTypeWrapper<DistTag>;
  Facet: ResolverTypeWrapper<Facet>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  Finding: ResolverTypeWrapper<Finding>;
  InvokeAgentPayload: ResolverTypeWrapper<InvokeAgentPayload>;
  Metric: ResolverTypeWrapper<Metric>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishAgentVersionInput: PublishAgentVersionInput;
  PublishAgentVersionPayload: ResolverTypeWrapper<Omit<PublishAgentVersionPayload, 'version'> & { version?: Maybe<ResolversTypes['AgentVersion']> }>;
  PublishReport: ResolverTypeWrapper<PublishReport>;
  PublishStep: ResolverTypeWrapper<PublishStep>;
  Publisher: ResolverTypeWrapper<PublisherRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateAgentInput: RateAgentInput;
  RateAgentPayload: ResolverTypeWrapper<Omit<RateAgentPayload, 'agent' | 'review'> & { agent?: Maybe<ResolversTypes['Agent']>, review?: Maybe<ResolversTypes['AgentReview']> }>;
  ResolvedPackage: ResolverTypeWrapper<ResolvedPackage>;
  ReviewAgentVersionInput: ReviewAgentVersionInput;
  ReviewAgentVersionPayload: ResolverTypeWrapper<Omit<ReviewAgentVersionPayload, 'version'> & { version?: Maybe<ResolversTypes['AgentVersion']> }>;
  ReviewDecision: ReviewDecision;
  SearchAgentsInput: SearchAgentsInput;
  SetDistTagPayload: ResolverTypeWrapper<SetDistTagPayload>;
  Tenant: ResolverTypeWrapper<TenantRef>;
  UpdatePublisherInput: UpdatePublisherInput;
  UpdatePublisherPayload: ResolverTypeWrapper<Omit<UpdatePublisherPayload, 'publisher'> & { publisher?: Maybe<ResolversTypes['Publisher']> }>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agent: AgentRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgentConnection: Omit<AgentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgentEdge']> };
  AgentEdge: Omit<AgentEdge, 'node'> & { node: ResolversParentTypes['Agent'] };
  AgentReview: ReviewRow;
  AgentReviewConnection: Omit<AgentReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgentReviewEdge']> };
  AgentReviewEdge: Omit<AgentReviewEdge, 'node'> & { node: ResolversParentTypes['AgentReview'] };
  AgentSearchFilters: AgentSearchFilters;
  AgentSearchResult: Omit<AgentSearchResult, 'agents'> & { agents: ResolversParentTypes['AgentConnection'] };
  AgentTarball: AgentTarball;
  AgentVersion: VersionRow;
  AgentVersionConnection: Omit<AgentVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgentVersionEdge']> };
  AgentVersionEdge: Omit<AgentVersionEdge, 'node'> & { node: ResolversParentTypes['AgentVersion'] };
  DependencyResolution: DependencyResolution;
  DependencySpec: DependencySpec;
  DeprecatePayload: DeprecatePayload;
  DistTag: DistTag;
  Facet: Facet;
  FacetValue: FacetValue;
  Finding: Finding;
  InvokeAgentPayload: InvokeAgentPayload;
  Metric: Metric;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublishAgentVersionInput: PublishAgentVersionInput;
  PublishAgentVersionPayload: Omit<PublishAgentVersionPayload, 'version'> & { version?: Maybe<ResolversParentTypes['AgentVersion']> };
  PublishReport: PublishReport;
  PublishStep: PublishStep;
  Publisher: PublisherRow;
  Query: Record<PropertyKey, never>;
  RateAgentInput: RateAgentInput;
  RateAgentPayload: Omit<RateAgentPayload, 'agent' | 'review'> & { agent?: Maybe<ResolversParentTypes['Agent']>, review?: Maybe<ResolversParentTypes['AgentReview']> };
  ResolvedPackage: ResolvedPackage;
  ReviewAgentVersionInput: ReviewAgentVersionInput;
  ReviewAgentVersionPayload: Omit<ReviewAgentVersionPayload, 'version'> & { version?: Maybe<ResolversParentTypes['AgentVersion']> };
  SearchAgentsInput: SearchAgentsInput;
  SetDistTagPayload: SetDistTagPayload;
  Tenant: TenantRef;
  UpdatePublisherInput: UpdatePublisherInput;
  UpdatePublisherPayload: Omit<UpdatePublisherPayload, 'publisher'> & { publisher?: Maybe<ResolversParentTypes['Publisher']> };
  UserError: UserError;
}>;

export type AgentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'], FederationReferenceType extends FederationReferenceTypes['Agent'] = FederationReferenceTypes['Agent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dependencyGraph?: Resolver<ResolversTypes['DependencyResolution'], ParentType, ContextType, Partial<AgentDependencyGraphArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distTags?: Resolver<Array<ResolversTypes['DistTag']>, ParentType, ContextType>;
  downloads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installCommand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invocations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  license?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['AgentReviewConnection'], ParentType, ContextType, RequireFields<AgentReviewsArgs, 'first'>>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['AgentVersion']>, ParentType, ContextType, RequireFields<AgentVersionArgs, 'version'>>;
  versions?: Resolver<ResolversTypes['AgentVersionConnection'], ParentType, ContextType, RequireFields<AgentVersionsArgs, 'first'>>;
  viewerReview?: Resolver<Maybe<ResolversTypes['AgentReview']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentConnection'] = ResolversParentTypes['AgentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgentEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentEdge'] = ResolversParentTypes['AgentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
}>;

export type AgentReviewResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentReview'] = ResolversParentTypes['AgentReview']> = ResolversObject<{
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentReviewConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentReviewConnection'] = ResolversParentTypes['AgentReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgentReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgentReviewEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentReviewEdge'] = ResolversParentTypes['AgentReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentReview'], ParentType, ContextType>;
}>;

export type AgentSearchResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentSearchResult'] = ResolversParentTypes['AgentSearchResult']> = ResolversObject<{
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['Facet']>, ParentType, ContextType>;
  tookMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AgentTarballResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentTarball'] = ResolversParentTypes['AgentTarball']> = ResolversObject<{
  integrity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tarball?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentVersion'] = ResolversParentTypes['AgentVersion']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dependencies?: Resolver<Array<ResolversTypes['DependencySpec']>, ParentType, ContextType>;
  deprecated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integrity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manifestJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['PublishReport'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgentVersionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentVersionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentVersionConnection'] = ResolversParentTypes['AgentVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgentVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgentVersionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgentVersionEdge'] = ResolversParentTypes['AgentVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentVersion'], ParentType, ContextType>;
}>;

export type DependencyResolutionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DependencyResolution'] = ResolversParentTypes['DependencyResolution']> = ResolversObject<{
  conflicts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cycles?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  installOrder?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  packages?: Resolver<Array<ResolversTypes['ResolvedPackage']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DependencySpecResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DependencySpec'] = ResolversParentTypes['DependencySpec']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  range?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeprecatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeprecatePayload'] = ResolversParentTypes['DeprecatePayload']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DistTagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DistTag'] = ResolversParentTypes['DistTag']> = ResolversObject<{
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FacetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Facet'] = ResolversParentTypes['Facet']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
}>;

export type FacetValueResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvokeAgentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvokeAgentPayload'] = ResolversParentTypes['InvokeAgentPayload']> = ResolversObject<{
  durationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  memoryBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outputJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deprecateAgentVersions?: Resolver<ResolversTypes['DeprecatePayload'], ParentType, ContextType, RequireFields<MutationDeprecateAgentVersionsArgs, 'message' | 'name' | 'range'>>;
  invokeAgent?: Resolver<ResolversTypes['InvokeAgentPayload'], ParentType, ContextType, RequireFields<MutationInvokeAgentArgs, 'inputJson' | 'name'>>;
  publishAgentVersion?: Resolver<ResolversTypes['PublishAgentVersionPayload'], ParentType, ContextType, RequireFields<MutationPublishAgentVersionArgs, 'input'>>;
  rateAgent?: Resolver<ResolversTypes['RateAgentPayload'], ParentType, ContextType, RequireFields<MutationRateAgentArgs, 'input'>>;
  reviewAgentVersion?: Resolver<ResolversTypes['ReviewAgentVersionPayload'], ParentType, ContextType, RequireFields<MutationReviewAgentVersionArgs, 'input'>>;
  setDistTag?: Resolver<ResolversTypes['SetDistTagPayload'], ParentType, ContextType, RequireFields<MutationSetDistTagArgs, 'name' | 'tag' | 'version'>>;
  updatePublisher?: Resolver<ResolversTypes['UpdatePublisherPayload'], ParentType, ContextType, RequireFields<MutationUpdatePublisherArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PublishAgentVersionPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublishAgentVersionPayload'] = ResolversParentTypes['PublishAgentVersionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['PublishReport']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['AgentVersion']>, ParentType, ContextType>;
}>;

export type PublishReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublishReport'] = ResolversParentTypes['PublishReport']> = ResolversObject<{
  steps?: Resolver<Array<ResolversTypes['PublishStep']>, ParentType, ContextType>;
}>;

export type PublishStepResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublishStep'] = ResolversParentTypes['PublishStep']> = ResolversObject<{
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublisherResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Publisher'] = ResolversParentTypes['Publisher']> = ResolversObject<{
  autoApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, Partial<QueryAgentArgs>>;
  agentTarball?: Resolver<Maybe<ResolversTypes['AgentTarball']>, ParentType, ContextType, RequireFields<QueryAgentTarballArgs, 'name' | 'version'>>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<QueryAgentsArgs, 'first'>>;
  myAgents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<QueryMyAgentsArgs, 'first'>>;
  publisher?: Resolver<Maybe<ResolversTypes['Publisher']>, ParentType, ContextType, RequireFields<QueryPublisherArgs, 'scope'>>;
  resolveDependencies?: Resolver<ResolversTypes['DependencyResolution'], ParentType, ContextType, RequireFields<QueryResolveDependenciesArgs, 'name'>>;
  reviewQueue?: Resolver<ResolversTypes['AgentVersionConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  searchAgents?: Resolver<ResolversTypes['AgentSearchResult'], ParentType, ContextType, Partial<QuerySearchAgentsArgs>>;
}>;

export type RateAgentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RateAgentPayload'] = ResolversParentTypes['RateAgentPayload']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['AgentReview']>, ParentType, ContextType>;
}>;

export type ResolvedPackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResolvedPackage'] = ResolversParentTypes['ResolvedPackage']> = ResolversObject<{
  dependencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deprecated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewAgentVersionPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReviewAgentVersionPayload'] = ResolversParentTypes['ReviewAgentVersionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['AgentVersion']>, ParentType, ContextType>;
}>;

export type SetDistTagPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SetDistTagPayload'] = ResolversParentTypes['SetDistTagPayload']> = ResolversObject<{
  distTags?: Resolver<Array<ResolversTypes['DistTag']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<TenantAgentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UpdatePublisherPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UpdatePublisherPayload'] = ResolversParentTypes['UpdatePublisherPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Publisher']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Agent?: AgentResolvers<ContextType>;
  AgentConnection?: AgentConnectionResolvers<ContextType>;
  AgentEdge?: AgentEdgeResolvers<ContextType>;
  AgentReview?: AgentReviewResolvers<ContextType>;
  AgentReviewConnection?: AgentReviewConnectionResolvers<ContextType>;
  AgentReviewEdge?: AgentReviewEdgeResolvers<ContextType>;
  AgentSearchResult?: AgentSearchResultResolvers<ContextType>;
  AgentTarball?: AgentTarballResolvers<ContextType>;
  AgentVersion?: AgentVersionResolvers<ContextType>;
  AgentVersionConnection?: AgentVersionConnectionResolvers<ContextType>;
  AgentVersionEdge?: AgentVersionEdgeResolvers<ContextType>;
  DependencyResolution?: DependencyResolutionResolvers<ContextType>;
  DependencySpec?: DependencySpecResolvers<ContextType>;
  DeprecatePayload?: DeprecatePayloadResolvers<ContextType>;
  DistTag?: DistTagResolvers<ContextType>;
  Facet?: FacetResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  InvokeAgentPayload?: InvokeAgentPayloadResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishAgentVersionPayload?: PublishAgentVersionPayloadResolvers<ContextType>;
  PublishReport?: PublishReportResolvers<ContextType>;
  PublishStep?: PublishStepResolvers<ContextType>;
  Publisher?: PublisherResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateAgentPayload?: RateAgentPayloadResolvers<ContextType>;
  ResolvedPackage?: ResolvedPackageResolvers<ContextType>;
  ReviewAgentVersionPayload?: ReviewAgentVersionPayloadResolvers<ContextType>;
  SetDistTagPayload?: SetDistTagPayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  UpdatePublisherPayload?: UpdatePublisherPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

