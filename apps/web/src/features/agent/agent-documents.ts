import { graphql } from '../../gql';

export const AgentPageDocument = graphql(`
  query AgentPage($name: String!) {
    agent(name: $name) {
      id
      name
      displayName
      description
      tags
      latestVersion
      visibility
      downloads
      invocations
      rating
      ratingCount
      scope
      verified
      kind
      license
      protocol
      capabilities
      readme
      homepage
      repository
      installCommand
      createdAt
      updatedAt
      publisher { name slug }
      distTags { tag version }
      versions(first: 100) {
        totalCount
        edges { node { id version status deprecated rejectionReason publishedAt createdAt sizeBytes fileCount } }
      }
      latest: version(version: "latest") {
        id
        version
        deprecated
        manifestJson
        dependencies { name range }
        report { ...PublishReportFields }
      }
      dependencyGraph {
        ok
        packages { name version dependencies deprecated }
        installOrder
        warnings
        conflicts
        cycles
        missing
      }
      reviews(first: 50) {
        totalCount
        edges { node { ...AgentReviewFields } }
      }
      viewerReview { ...AgentReviewFields }
    }
  }
`);

export const AgentReviewFieldsFragment = graphql(`
  fragment AgentReviewFields on AgentReview {
    id
    rating
    title
    body
    authorId
    createdAt
    updatedAt
  }
`);

export const RateAgentDocument = graphql(`
  mutation RateAgent($input: RateAgentInput!) {
    rateAgent(input: $input) {
      review { ...AgentReviewFields }
      agent { id rating ratingCount }
      errors { code message field }
    }
  }
`);

export const InvokeAgentDocument = graphql(`
  mutation InvokeAgent($name: String!, $version: String, $inputJson: String!) {
    invokeAgent(name: $name, version: $version, inputJson: $inputJson) {
      outputJson
      durationMs
      memoryBytes
      errors { code message field }
    }
  }
`);
