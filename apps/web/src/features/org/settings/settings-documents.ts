import { graphql } from '../../../gql';

export const IdentityProviderFieldsFragment = graphql(`
  fragment IdentityProviderFields on IdentityProvider {
    id
    issuer
    audience
    emailClaim
    rolesClaim
    roleMapping
    defaultRole
    enabled
  }
`);

export const IdentityProvidersDocument = graphql(`
  query IdentityProviders {
    identityProviders { ...IdentityProviderFields }
  }
`);

export const RoleNamesDocument = graphql(`
  query RoleNames {
    roles { name }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization { tenant { id name slug } }
      errors { code message field }
    }
  }
`);

export const ConfigureIdentityProviderDocument = graphql(`
  mutation ConfigureIdentityProvider($input: IdentityProviderInput!) {
    configureIdentityProvider(input: $input) {
      identityProvider { ...IdentityProviderFields }
      errors { code message field }
    }
  }
`);

export const RemoveIdentityProviderDocument = graphql(`
  mutation RemoveIdentityProvider($id: ID!) {
    removeIdentityProvider(id: $id) {
      identityProvider { id }
      errors { code message field }
    }
  }
`);
