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
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": typeof types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n": typeof types.AgentCardFieldsFragmentDoc,
    "\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": typeof types.SearchAgentsDocument,
    "\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": typeof types.PublisherDocument,
    "\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n": typeof types.PublishAgentVersionDocument,
    "\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAgentsDocument,
    "\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n": typeof types.PublishReportFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n": typeof types.ReviewAgentVersionDocument,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query AgentPage($name: String!) {\n    agent(name: $name) {\n      id\n      name\n      displayName\n      description\n      tags\n      latestVersion\n      visibility\n      downloads\n      invocations\n      rating\n      ratingCount\n      scope\n      verified\n      kind\n      license\n      protocol\n      capabilities\n      readme\n      homepage\n      repository\n      installCommand\n      createdAt\n      updatedAt\n      publisher { name slug }\n      distTags { tag version }\n      versions(first: 100) {\n        totalCount\n        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }\n      }\n      latest: version(version: \"latest\") {\n        id\n        version\n        deprecated\n        manifestJson\n        dependencies { name range }\n        report { ...PublishReportFields }\n      }\n      dependencyGraph {\n        ok\n        packages { name version dependencies deprecated }\n        installOrder\n        warnings\n        conflicts\n        cycles\n        missing\n      }\n      reviews(first: 50) {\n        totalCount\n        edges { node { ...AgentReviewFields } }\n      }\n      viewerReview { ...AgentReviewFields }\n    }\n  }\n": types.AgentPageDocument,
    "\n  fragment AgentReviewFields on AgentReview {\n    id\n    rating\n    title\n    body\n    authorId\n    createdAt\n    updatedAt\n  }\n": types.AgentReviewFieldsFragmentDoc,
    "\n  mutation RateAgent($input: RateAgentInput!) {\n    rateAgent(input: $input) {\n      review { ...AgentReviewFields }\n      agent { id rating ratingCount }\n      errors { code message field }\n    }\n  }\n": types.RateAgentDocument,
    "\n  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {\n    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {\n      outputJson\n      durationMs\n      memoryBytes\n      errors { code message field }\n    }\n  }\n": types.InvokeAgentDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  fragment AgentCardFields on Agent {\n    id\n    name\n    displayName\n    description\n    tags\n    latestVersion\n    downloads\n    rating\n    ratingCount\n    verified\n    protocol\n    license\n    capabilities\n    publisher { name slug }\n  }\n": types.AgentCardFieldsFragmentDoc,
    "\n  query SearchAgents($input: SearchAgentsInput!) {\n    searchAgents(input: $input) {\n      tookMs\n      facets { field values { value count } }\n      agents {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": types.SearchAgentsDocument,
    "\n  query Publisher($slug: String!, $input: SearchAgentsInput!) {\n    tenant(slug: $slug) { id name slug createdAt }\n    searchAgents(input: $input) {\n      agents {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...AgentCardFields } }\n      }\n    }\n  }\n": types.PublisherDocument,
    "\n  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {\n    publishAgentVersion(input: $input) {\n      version { id version status agent { name displayName } }\n      report { ...PublishReportFields }\n      errors { code message field }\n    }\n  }\n": types.PublishAgentVersionDocument,
    "\n  query MyAgents($first: Int!) {\n    myAgents(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          latestVersion\n          visibility\n          downloads\n          invocations\n          rating\n          ratingCount\n          updatedAt\n          versions(first: 10) {\n            totalCount\n            edges { node { id version status deprecated rejectionReason createdAt } }\n          }\n        }\n      }\n    }\n  }\n": types.MyAgentsDocument,
    "\n  fragment PublishReportFields on PublishReport {\n    steps {\n      name\n      status\n      durationMs\n      summary\n      findings { severity code message file line }\n      metrics { name value }\n    }\n  }\n": types.PublishReportFieldsFragmentDoc,
    "\n  query ReviewQueue($first: Int!) {\n    reviewQueue(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          sizeBytes\n          fileCount\n          integrity\n          agent { id name displayName publisher { name slug } }\n          report { ...PublishReportFields }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {\n    reviewAgentVersion(input: $input) {\n      version { id version status rejectionReason }\n      errors { code message field }\n    }\n  }\n": types.ReviewAgentVersionDocument,
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
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;