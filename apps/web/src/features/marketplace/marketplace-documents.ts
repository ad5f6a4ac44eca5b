import { graphql } from '../../gql';

export const MarketplaceAgentsDocument = graphql(`
  query MarketplaceAgents($first: Int!, $after: String, $query: String) {
    agents(first: $first, after: $after, query: $query) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          displayName
          description
          tags
          latestVersion
          downloads
          rating
          ratingCount
          publisher { name slug }
        }
      }
    }
  }
`);
