import { graphql } from '../../gql';

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    lastUsedIp
    createdBy { id name email }
    expiresAt
    revokedAt
  }
`);

export const ApiKeysDocument = graphql(`
  query ApiKeys($first: Int!) {
    apiKeys(first: $first) {
      totalCount
      edges { node { ...ApiKeyFields } }
    }
    permissionCatalogue { ...PermissionInfoFields }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { ...ApiKeyFields }
      errors { code message field }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey { ...ApiKeyFields }
      errors { code message field }
    }
  }
`);

export const TenantActivityDocument = graphql(`
  subscription TenantActivity {
    tenantActivity { id type message occurredAt }
  }
`);
