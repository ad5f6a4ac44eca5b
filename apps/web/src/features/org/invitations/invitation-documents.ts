import { graphql } from '../../../gql';

export const InvitationByTokenDocument = graphql(`
  query InvitationByToken($token: String!) {
    invitationByToken(token: $token) {
      tenantName
      tenantSlug
      email
      role
      status
      expiresAt
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      token
      tenant { id name slug }
      errors { code message field }
    }
  }
`);
