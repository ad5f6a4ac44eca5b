import { graphql } from '../../../gql';

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    occurredAt
    actor
    action
    source
    targetType
    targetId
    targetLabel
    ip
    requestId
    before
    after
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...AuditEventFields } }
    }
  }
`);

export const AuditLogCsvDocument = graphql(`
  query AuditLogCsv($filter: AuditFilter) {
    auditLogCsv(filter: $filter)
  }
`);
