import { graphql } from '../../gql';

export const AgentCardFieldsFragment = graphql(`
  fragment AgentCardFields on Agent {
    id
    name
    displayName
    description
    tags
    latestVersion
    downloads
    rating
    ratingCount
    verified
    protocol
    license
    capabilities
    publisher { name slug }
  }
`);

export const SearchAgentsDocument = graphql(`
  query SearchAgents($input: SearchAgentsInput!) {
    searchAgents(input: $input) {
      tookMs
      facets { field values { value count } }
      agents {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { ...AgentCardFields } }
      }
    }
  }
`);

export const PublisherDocument = graphql(`
  query Publisher($slug: String!, $input: SearchAgentsInput!) {
    tenant(slug: $slug) { id name slug createdAt }
    searchAgents(input: $input) {
      agents {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...AgentCardFields } }
      }
    }
  }
`);
