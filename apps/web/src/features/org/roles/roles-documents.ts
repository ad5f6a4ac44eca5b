import { graphql } from '../../../gql';

export const RoleFieldsFragment = graphql(`
  fragment RoleFields on Role {
    name
    description
    permissions
    builtIn
    memberCount
  }
`);

export const RolesPageDocument = graphql(`
  query RolesPage {
    roles { ...RoleFields }
    permissionCatalogue { ...PermissionInfoFields }
  }
`);

export const CreateRoleDocument = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) {
      role { ...RoleFields }
      errors { code message field }
    }
  }
`);

export const UpdateRoleDocument = graphql(`
  mutation UpdateRole($name: String!, $input: UpdateRoleInput!) {
    updateRole(name: $name, input: $input) {
      role { ...RoleFields }
      errors { code message field }
    }
  }
`);

export const DeleteRoleDocument = graphql(`
  mutation DeleteRole($name: String!) {
    deleteRole(name: $name) {
      role { name }
      errors { code message field }
    }
  }
`);
