import { graphql } from '../../gql';

export const PublishReportFieldsFragment = graphql(`
  fragment PublishReportFields on PublishReport {
    steps {
      name
      status
      durationMs
      summary
      findings { severity code message file line }
      metrics { name value }
    }
  }
`);
