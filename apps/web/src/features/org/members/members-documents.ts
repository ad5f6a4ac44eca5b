import { graphql } from '../../../gql';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    user { id name email }
    role
    joinedAt
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    status
    invitedBy { id name email }
    createdAt
    expiresAt
    deliveredAt
    deliveryError
  }
`);

export const MembersPageDocument = graphql(`
  query MembersPage($first: Int!) {
    members(first: $first) {
      totalCount
      edges { node { ...MemberFields } }
    }
    invitations(first: $first) {
      totalCount
      edges { node { ...InvitationFields } }
    }
    roles { name builtIn }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation { ...InvitationFields }
      inviteUrl
      errors { code message field }
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      invitation { ...InvitationFields }
      inviteUrl
      errors { code message field }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      invitation { ...InvitationFields }
      errors { code message field }
    }
  }
`);

export const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($userId: ID!, $role: String!) {
    changeMemberRole(userId: $userId, role: $role) {
      member { ...MemberFields }
      errors { code message field }
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId) {
      member { ...MemberFields }
      errors { code message field }
    }
  }
`);
