import { graphql } from '../../../gql';

export const DomainFieldsFragment = graphql(`
  fragment DomainFields on Domain {
    id
    hostname
    status
    records { type name value purpose satisfied }
    verifiedAt
    lastCheckedAt
    nextCheckAt
    lastError
    certificate { issuer notBefore notAfter issuedAt lastRenewError }
    createdAt
  }
`);

export const DomainsDocument = graphql(`
  query Domains {
    domains { ...DomainFields }
  }
`);

export const AddDomainDocument = graphql(`
  mutation AddDomain($hostname: String!) {
    addDomain(hostname: $hostname) {
      domain { ...DomainFields }
      errors { code message field }
    }
  }
`);

export const VerifyDomainDocument = graphql(`
  mutation VerifyDomain($id: ID!) {
    verifyDomain(id: $id) {
      domain { ...DomainFields }
      errors { code message field }
    }
  }
`);

export const RemoveDomainDocument = graphql(`
  mutation RemoveDomain($id: ID!) {
    removeDomain(id: $id) {
      domain { id }
      errors { code message field }
    }
  }
`);
