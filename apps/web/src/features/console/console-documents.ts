// Documents every console page shares: who the caller is in the organisation, switching organisation, the permission catalogue.
import { graphql } from '../../gql';

export const ConsoleOrganizationDocument = graphql(`
  query ConsoleOrganization {
    organization {
      tenant { id name slug createdAt }
      plan { id name priceMonthlyUsd }
      seatsUsed
      myPermissions
      myRoles
    }
  }
`);

export const SwitchTenantDocument = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      token
      tenant { id name slug }
      errors { code message field }
    }
  }
`);

export const PermissionInfoFieldsFragment = graphql(`
  fragment PermissionInfoFields on PermissionInfo {
    name
    feature
    description
  }
`);
