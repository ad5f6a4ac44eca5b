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
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": typeof types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query MarketplaceAgents($first: Int!, $after: String, $query: String) {\n    agents(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          tags\n          latestVersion\n          downloads\n          rating\n          ratingCount\n          publisher { name slug }\n        }\n      }\n    }\n  }\n": typeof types.MarketplaceAgentsDocument,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!) {\n    apiKeys(first: $first) {\n      totalCount\n      edges { node { ...ApiKeyFields } }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey { ...ApiKeyFields }\n      errors { code message field }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  subscription TenantActivity {\n    tenantActivity { id type message occurredAt }\n  }\n": types.TenantActivityDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name }\n      errors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      tenant { id slug }\n      errors { code message field }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      token\n      tenant { id name slug }\n      errors { code message field }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query MarketplaceAgents($first: Int!, $after: String, $query: String) {\n    agents(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          tags\n          latestVersion\n          downloads\n          rating\n          ratingCount\n          publisher { name slug }\n        }\n      }\n    }\n  }\n": types.MarketplaceAgentsDocument,
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
export function graphql(source: "\n  query MarketplaceAgents($first: Int!, $after: String, $query: String) {\n    agents(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          tags\n          latestVersion\n          downloads\n          rating\n          ratingCount\n          publisher { name slug }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MarketplaceAgents($first: Int!, $after: String, $query: String) {\n    agents(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          displayName\n          description\n          tags\n          latestVersion\n          downloads\n          rating\n          ratingCount\n          publisher { name slug }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      tenant { id name slug }\n      memberships { role tenant { id name slug } }\n      scopes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;