import { graphql } from '../../gql';

export const PublishAgentVersionDocument = graphql(`
  mutation PublishAgentVersion($input: PublishAgentVersionInput!) {
    publishAgentVersion(input: $input) {
      version { id version status agent { name displayName } }
      report { ...PublishReportFields }
      errors { code message field }
    }
  }
`);

export const MyAgentsDocument = graphql(`
  query MyAgents($first: Int!) {
    myAgents(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          displayName
          description
          latestVersion
          visibility
          downloads
          invocations
          rating
          ratingCount
          updatedAt
          versions(first: 10) {
            totalCount
            edges { node { id version status deprecated rejectionReason createdAt } }
          }
        }
      }
    }
  }
`);
