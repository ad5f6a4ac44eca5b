// What every tenancy resolver receives: the verified request context and the services.
import type { RequestContext } from '@nexus/kernel/context';
import type { BatchLoader } from '@nexus/kernel/batch-loader';
import type { TenantRow } from './tenants/tenant-repository';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { AccountService } from './accounts/account-service';
import type { TenantService } from './tenants/tenant-service';
import type { ApiKeyService } from './api-keys/api-key-service';
import type { UserRow } from './accounts/account-repository';
import type { OrganizationService } from './members/organization-service';
import type { MemberService } from './members/member-service';
import type { InvitationService } from './members/invitation-service';
import type { InvitationAcceptance } from './members/invitation-acceptance';
import type { RoleService } from './members/role-service';
import type { AccessService } from './access/access-service';
import type { DomainService } from './domains/domain-service';
import type { QuotaService } from './quotas/quota-service';
import type { IsolationService } from './isolation/isolation-service';
import type { AuditLogService } from './audit/audit-log-service';
import type { IdentityProviderService } from './auth/oidc/identity-provider-service';
import type { OidcSignInService } from './auth/oidc/oidc-sign-in';

export interface TenancyServices {
  accounts: AccountService;
  tenants: TenantService;
  apiKeys: ApiKeyService;
  organization: OrganizationService;
  members: MemberService;
  invitations: InvitationService;
  acceptance: InvitationAcceptance;
  roles: RoleService;
  access: AccessService;
  domains: DomainService;
  quotas: QuotaService;
  isolation: IsolationService;
  audit: AuditLogService;
  identityProviders: IdentityProviderService;
  oidcSignIn: OidcSignInService;
  pubsub: PubSub;
}

export interface SubgraphContext {
  req: RequestContext;
  services: TenancyServices;
  /** Per request: entity references for many agents' publishers become one query. */
  loaders: { tenantById: BatchLoader<string, TenantRow>; userById: BatchLoader<string, UserRow> };
}
