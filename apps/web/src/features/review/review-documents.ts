import { graphql } from '../../gql';

export const ReviewQueueDocument = graphql(`
  query ReviewQueue($first: Int!) {
    reviewQueue(first: $first) {
      totalCount
      edges {
        node {
          id
          version
          createdAt
          sizeBytes
          fileCount
          integrity
          agent { id name displayName publisher { name slug } }
          report { ...PublishReportFields }
        }
      }
    }
  }
`);

export const ReviewAgentVersionDocument = graphql(`
  mutation ReviewAgentVersion($input: ReviewAgentVersionInput!) {
    reviewAgentVersion(input: $input) {
      version { id version status rejectionReason }
      errors { code message field }
    }
  }
`);
