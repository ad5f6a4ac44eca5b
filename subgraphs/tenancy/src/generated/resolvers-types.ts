import type { GraphQLResolveInfo } from 'graphql';
import type { TenantRow } from '../tenants/tenant-repository';
import type { UserRow } from '../accounts/account-repository';
import type { ApiKeyRow } from '../api-keys/api-key-repository';
import type { PlanDefinition } from '../quotas/plans';
import type { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A programmatic credential of an organisation. The secret is only ever shown once, at creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Who created it (null when another API key did). */
  createdBy?: Maybe<User>;
  /** When it stops working (ISO 8601), if ever. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it last authenticated a request (ISO 8601). */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** Client IP of the request that last used it. */
  lastUsedIp?: Maybe<Scalars['String']['output']>;
  /** Human label. */
  name: Scalars['String']['output'];
  /** Public prefix of the key (`nxk_xxxxxxxx`), used to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked (ISO 8601); revoked keys never authenticate again. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Scopes this key grants. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys on this page. */
  edges: Array<ApiKeyEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many keys the organisation has in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in an API key list. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** One administrative action. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What, e.g. `member.role_changed`. */
  action: Scalars['String']['output'];
  /** Who: email of the user or prefix of the API key. */
  actor: Scalars['String']['output'];
  /** Acting API key's id, if a key. */
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  /** Acting user's id, if a user. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** State after, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** State before, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Client IP. */
  ip?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601). */
  occurredAt: Scalars['String']['output'];
  /** Request id, for matching with logs. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Subgraph that recorded it. */
  source: Scalars['String']['output'];
  /** Target id. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** Target, readable. */
  targetLabel?: Maybe<Scalars['String']['output']>;
  /** Kind of target. */
  targetType: Scalars['String']['output'];
};

/** A page of the audit log. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** Events on this page. */
  edges: Array<AuditEventEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Events matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in the audit log. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Narrows the audit log. */
export type AuditFilter = {
  /** Action prefix, e.g. `member.` or `api_key.revoked`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Acting user's id. */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Not before (ISO 8601). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Target type, e.g. `member`, `domain`, `agent`. */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Before (ISO 8601). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Result of sign-up, sign-in and organisation switches. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The organisation the token acts for, if any. */
  tenant?: Maybe<Tenant>;
  /** A platform JWT (EdDSA) to send as `Authorization: Bearer`. */
  token?: Maybe<Scalars['String']['output']>;
  /** The signed-in user. */
  user?: Maybe<User>;
};

/** A new API key for the current organisation. */
export type CreateApiKeyInput = {
  /** Lifetime in days (1–730); omit for no expiry. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Human label, 1–64 characters. */
  name: Scalars['String']['input'];
  /** Scopes: permission names from `permissionCatalogue` (plus the older `agents:write`); defaults to `agents:read`, `agents:write`. A key never does more than its creator's role allows. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of creating an API key. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The stored key (without its secret). */
  apiKey?: Maybe<ApiKey>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The full secret, shown this once and never again. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** A new organisation. */
export type CreateTenantInput = {
  /** Display name. */
  name: Scalars['String']['input'];
  /** Handle: 2–39 lower-case letters, digits or single hyphens. */
  slug: Scalars['String']['input'];
};

/** Result of creating an organisation. */
export type CreateTenantPayload = {
  __typename?: 'CreateTenantPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The new organisation. */
  tenant?: Maybe<Tenant>;
  /** A fresh token that acts for the new organisation. */
  token?: Maybe<Scalars['String']['output']>;
};

/** A DNS record the customer must set. */
export type DnsRecord = {
  __typename?: 'DnsRecord';
  /** Fully qualified record name. */
  name: Scalars['String']['output'];
  /** What it is for. */
  purpose: Scalars['String']['output'];
  /** Whether the last check saw it. */
  satisfied: Scalars['Boolean']['output'];
  /** TXT, CNAME or A. */
  type: Scalars['String']['output'];
  /** Value to set. */
  value: Scalars['String']['output'];
};

/** A custom domain of the current organisation. */
export type Domain = {
  __typename?: 'Domain';
  /** The serving certificate, once issued. */
  certificate?: Maybe<DomainCertificate>;
  /** When it was added (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The hostname, lower-case. */
  hostname: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When DNS was last checked (ISO 8601). */
  lastCheckedAt?: Maybe<Scalars['String']['output']>;
  /** Why the last check or issuance failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next automatic check runs (ISO 8601). */
  nextCheckAt?: Maybe<Scalars['String']['output']>;
  /** Records to set at the DNS provider. */
  records: Array<DnsRecord>;
  /** Where it stands. */
  status: DomainStatus;
  /** When ownership was proven (ISO 8601). */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

/** The TLS certificate serving a custom domain. */
export type DomainCertificate = {
  __typename?: 'DomainCertificate';
  /** When it was issued (ISO 8601). */
  issuedAt: Scalars['String']['output'];
  /** Issuer: the ACME directory, or self-signed in embedded mode. */
  issuer: Scalars['String']['output'];
  /** Last renewal failure, if any. */
  lastRenewError?: Maybe<Scalars['String']['output']>;
  /** Expires (ISO 8601); renewed 30 days before. */
  notAfter: Scalars['String']['output'];
  /** Valid from (ISO 8601). */
  notBefore: Scalars['String']['output'];
};

/** Result of a domain change. */
export type DomainPayload = {
  __typename?: 'DomainPayload';
  /** The domain (null when removed). */
  domain?: Maybe<Domain>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
};

/** Where a custom domain stands. */
export type DomainStatus =
  /** Serving with a valid certificate. */
  | 'ACTIVE'
  /** Verification or issuance failed; see lastError. Checks continue. */
  | 'FAILED'
  /** Certificate order in progress. */
  | 'ISSUING'
  /** Waiting for the TXT record. */
  | 'PENDING'
  /** Ownership proven; certificate not yet issued. */
  | 'VERIFIED';

/** An external OIDC identity provider whose tokens are accepted for the current organisation. */
export type IdentityProvider = {
  __typename?: 'IdentityProvider';
  /** Expected audience (`aud`). */
  audience: Scalars['String']['output'];
  /** Role when no mapping matches. */
  defaultRole: Scalars['String']['output'];
  /** Claim with the user's email. */
  emailClaim: Scalars['String']['output'];
  /** Whether tokens are accepted. */
  enabled: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Issuer URL (`iss`); its discovery document names the JWKS. */
  issuer: Scalars['String']['output'];
  /** IdP value → role, as JSON. */
  roleMapping: Scalars['String']['output'];
  /** Claim with group or role names. */
  rolesClaim: Scalars['String']['output'];
};

/** An external OIDC identity provider. */
export type IdentityProviderInput = {
  /** Expected audience (`aud`). */
  audience: Scalars['String']['input'];
  /** Role when no mapping matches; default MEMBER, never OWNER. */
  defaultRole?: InputMaybe<Scalars['String']['input']>;
  /** Claim with the user's email; default `email`. */
  emailClaim?: InputMaybe<Scalars['String']['input']>;
  /** Whether tokens are accepted; default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Issuer URL; `/.well-known/openid-configuration` must be reachable under it. */
  issuer: Scalars['String']['input'];
  /** IdP value → role, as a JSON object. */
  roleMapping?: InputMaybe<Scalars['String']['input']>;
  /** Claim with group or role names; default `roles`. */
  rolesClaim?: InputMaybe<Scalars['String']['input']>;
};

/** Result of an identity provider change. */
export type IdentityProviderPayload = {
  __typename?: 'IdentityProviderPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The provider (null when removed). */
  identityProvider?: Maybe<IdentityProvider>;
};

/** An invitation to join the current organisation. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was sent (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When the email went out (ISO 8601); null when no mail server is configured. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** Why the email could not be sent, if it failed. */
  deliveryError?: Maybe<Scalars['String']['output']>;
  /** Invitee's email, lower-case. */
  email: Scalars['String']['output'];
  /** When the link stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Who sent it. */
  invitedBy?: Maybe<User>;
  /** Role they get on accepting. */
  role: Scalars['String']['output'];
  /** Where it stands. */
  status: InvitationStatus;
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** Invitations on this page. */
  edges: Array<InvitationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Invitations in all (with the status filter). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in an invitation list. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invitation;
};

/** Result of an invitation change. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The invitation. */
  invitation?: Maybe<Invitation>;
  /** The link to share, returned when no mail server is configured (or delivery failed). */
  inviteUrl?: Maybe<Scalars['String']['output']>;
};

/** What an invitation link offers, shown before sign-in. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** Invitee's email. */
  email: Scalars['String']['output'];
  /** When the link stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Role on accepting. */
  role: Scalars['String']['output'];
  /** Where it stands. */
  status: InvitationStatus;
  /** Organisation name. */
  tenantName: Scalars['String']['output'];
  /** Organisation handle. */
  tenantSlug: Scalars['String']['output'];
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted; the invitee is a member. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Waiting to be accepted. */
  | 'PENDING'
  /** Withdrawn by an admin. */
  | 'REVOKED';

/** Invite someone. */
export type InviteMemberInput = {
  /** Their email. */
  email: Scalars['String']['input'];
  /** Role on accepting; defaults to MEMBER. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Kubernetes provisioning state. */
export type IsolationStatus =
  /** Being applied. */
  | 'APPLYING'
  /** Apply failed; retried with backoff. */
  | 'FAILED'
  /** No cluster configured (KUBECONFIG unset): download the manifests and apply them yourself. */
  | 'MANUAL'
  /** Waiting to be applied. */
  | 'PENDING'
  /** Applied and current. */
  | 'READY';

/** A tenant's Kubernetes isolation: namespace, quota, limits and network policy. */
export type KubernetesIsolation = {
  __typename?: 'KubernetesIsolation';
  /** When it was last applied (ISO 8601). */
  appliedAt?: Maybe<Scalars['String']['output']>;
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** Last failure. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Namespace name. */
  namespace: Scalars['String']['output'];
  /** Next retry (ISO 8601). */
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  /** Provisioning state. */
  status: IsolationStatus;
  /** The manifests as one multi-document YAML file. */
  yaml: Scalars['String']['output'];
};

/** Result of a provisioning retry. */
export type KubernetesIsolationPayload = {
  __typename?: 'KubernetesIsolationPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The isolation state. */
  isolation?: Maybe<KubernetesIsolation>;
};

/** A person in the current organisation. */
export type Member = {
  __typename?: 'Member';
  /** When they joined (ISO 8601). */
  joinedAt: Scalars['String']['output'];
  /** OWNER, ADMIN, MEMBER, VIEWER or a custom role's name. */
  role: Scalars['String']['output'];
  /** The person. */
  user: User;
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** Members on this page. */
  edges: Array<MemberEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Members in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a member list. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
};

/** Result of a member change. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The member after the change (null when removed). */
  member?: Maybe<Member>;
};

/** A user's role in one organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** OWNER, ADMIN, MEMBER, VIEWER or a custom role's name. */
  role: Scalars['String']['output'];
  /** The organisation. */
  tenant: Tenant;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Join the organisation an invitation is for; the signed-in user's email must match it. */
  acceptInvitation: AuthPayload;
  /** Add a custom domain; the payload's records say what DNS to set. Needs `domains:manage`. */
  addDomain: DomainPayload;
  /** Change a member's role. Needs `members:manage`; the last owner cannot be demoted. */
  changeMemberRole: MemberPayload;
  /** Move the organisation to another plan; refused when current usage exceeds the new limits. Needs `quotas:manage`. */
  changePlan: OrganizationPayload;
  /** Add or update an external OIDC identity provider. Needs `members:manage`. */
  configureIdentityProvider: IdentityProviderPayload;
  /** Create an API key for the current organisation; the secret is returned once. */
  createApiKey: CreateApiKeyPayload;
  /** Create a custom role. Needs `roles:manage`. */
  createRole: RolePayload;
  /** Create an organisation owned by the signed-in user. */
  createTenant: CreateTenantPayload;
  /** Delete a custom role nobody holds. Needs `roles:manage`. */
  deleteRole: RolePayload;
  /** Invite someone by email; the link expires. Needs `members:invite` and reach over the role. */
  inviteMember: InvitationPayload;
  /** Remove a custom domain and its certificate. Needs `domains:manage`. */
  removeDomain: DomainPayload;
  /** Remove an external identity provider. Needs `members:manage`. */
  removeIdentityProvider: IdentityProviderPayload;
  /** Remove a member. Needs `members:manage` (or is yourself leaving); the last owner cannot be removed. */
  removeMember: MemberPayload;
  /** Send a pending invitation again with a fresh link and expiry. Needs `members:invite`. */
  resendInvitation: InvitationPayload;
  /** Retry Kubernetes provisioning now after a failure. Needs `quotas:manage`. */
  retryKubernetesProvisioning: KubernetesIsolationPayload;
  /** Revoke an API key of the current organisation; it stops working at once. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Withdraw a pending invitation. Needs `members:invite`. */
  revokeInvitation: InvitationPayload;
  /** Exchange email and password for a token. */
  signIn: AuthPayload;
  /** Create an account. Malformed input returns per-field errors. */
  signUp: AuthPayload;
  /** Get a token acting for another organisation the user belongs to. */
  switchTenant: AuthPayload;
  /** Rename the current organisation. Needs `members:manage`. */
  updateOrganization: OrganizationPayload;
  /** Change a custom role's description or permissions. Needs `roles:manage`. */
  updateRole: RolePayload;
  /** Check the DNS records now (also done on a schedule). Needs `domains:manage`. */
  verifyDomain: DomainPayload;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddDomainArgs = {
  hostname: Scalars['String']['input'];
};


export type MutationChangeMemberRoleArgs = {
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationChangePlanArgs = {
  planId: Scalars['String']['input'];
};


export type MutationConfigureIdentityProviderArgs = {
  input: IdentityProviderInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateRoleArgs = {
  input: RoleInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationDeleteRoleArgs = {
  name: Scalars['String']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationRemoveDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveIdentityProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchTenantArgs = {
  tenantId: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
  name: Scalars['String']['input'];
};


export type MutationVerifyDomainArgs = {
  id: Scalars['ID']['input'];
};

/** The current organisation's settings. */
export type Organization = {
  __typename?: 'Organization';
  /** The caller's effective permissions here. */
  myPermissions: Array<Scalars['String']['output']>;
  /** The caller's roles here. */
  myRoles: Array<Scalars['String']['output']>;
  /** Its current plan. */
  plan: Plan;
  /** Members and pending invitations, against the plan's seat limit. */
  seatsUsed: Scalars['Int']['output'];
  /** The organisation. */
  tenant: Tenant;
};

/** Result of an organisation change. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The organisation after the change. */
  organization?: Maybe<Organization>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether a next page exists. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a previous page exists. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One entry of the permission catalogue. */
export type PermissionInfo = {
  __typename?: 'PermissionInfo';
  /** What it allows. */
  description: Scalars['String']['output'];
  /** Feature it belongs to. */
  feature: Scalars['String']['output'];
  /** Name, e.g. `members:invite`. */
  name: Scalars['String']['output'];
};

/** A plan on offer. */
export type Plan = {
  __typename?: 'Plan';
  /** Identifier (free, team, enterprise). */
  id: Scalars['String']['output'];
  /** Its limits. */
  limits: PlanLimits;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Price in US dollars per month. */
  priceMonthlyUsd: Scalars['Int']['output'];
};

/** Resource limits of a plan; -1 means unlimited. */
export type PlanLimits = {
  __typename?: 'PlanLimits';
  /** API requests per minute through the gateway. */
  apiRequestsPerMinute: Scalars['Int']['output'];
  /** Workflow runs at the same time. */
  concurrentWorkflowRuns: Scalars['Int']['output'];
  /** Kubernetes CPU quota (e.g. `4`). */
  cpu: Scalars['String']['output'];
  /** Kubernetes memory quota (e.g. `8Gi`). */
  memory: Scalars['String']['output'];
  /** Published agents. */
  publishedAgents: Scalars['Int']['output'];
  /** Members plus pending invitations. */
  seats: Scalars['Int']['output'];
  /** Kubernetes storage quota (e.g. `50Gi`). */
  storage: Scalars['String']['output'];
  /** Stored bytes (agent packages, datasets, checkpoints). */
  storageBytes: Scalars['Float']['output'];
  /** Training jobs at the same time. */
  trainingJobs: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The current organisation's API keys, newest first. Needs a tenant. */
  apiKeys: ApiKeyConnection;
  /** Audit log of the current organisation, newest first. Needs `audit:read`. */
  auditLog: AuditEventConnection;
  /** The audit log as CSV (RFC 4180, header row first), at most 10,000 rows. Needs `audit:read`. */
  auditLogCsv: Scalars['String']['output'];
  /** One custom domain of the current organisation. Needs `domains:manage`. */
  domain?: Maybe<Domain>;
  /** Custom domains of the current organisation. Needs `domains:manage`. */
  domains: Array<Domain>;
  /** External OIDC identity providers of the current organisation. Needs `members:manage`. */
  identityProviders: Array<IdentityProvider>;
  /** What an invitation link offers, so the accept page can show it before sign-in. Public. */
  invitationByToken?: Maybe<InvitationPreview>;
  /** Invitations of the current organisation, newest first. Needs `members:read`. */
  invitations: InvitationConnection;
  /** Kubernetes isolation of the current organisation: state and manifests. Needs `quotas:manage`. */
  kubernetesIsolation: KubernetesIsolation;
  /** Members of the current organisation, oldest first. Needs `members:read`. */
  members: MemberConnection;
  /** Settings of the current organisation. Needs a tenant. */
  organization: Organization;
  /** Every permission a role or API key can be given. */
  permissionCatalogue: Array<PermissionInfo>;
  /** The plans on offer. Public. */
  plans: Array<Plan>;
  /** Built-in and custom roles of the current organisation. Needs `members:read`. */
  roles: Array<Role>;
  /** One organisation by id or slug (public profile). */
  tenant?: Maybe<Tenant>;
  /** Plan, limits and metered usage of the current organisation. Needs `billing:read`. */
  usage: TenantUsage;
  /** Who is calling. */
  viewer: Viewer;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogCsvArgs = {
  filter?: InputMaybe<AuditFilter>;
};


export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTenantArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsageArgs = {
  range?: InputMaybe<UsageRange>;
};

/** One limit against current use. */
export type QuotaUsage = {
  __typename?: 'QuotaUsage';
  /** Limit name, as in PlanLimits (e.g. `publishedAgents`). */
  limit: Scalars['String']['output'];
  /** The plan's limit; -1 means unlimited. */
  max: Scalars['Float']['output'];
  /** Unit for display: count, bytes, requests/min. */
  unit: Scalars['String']['output'];
  /** Current use. */
  used: Scalars['Float']['output'];
};

/** Result of revoking an API key. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The revoked key. */
  apiKey?: Maybe<ApiKey>;
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
};

/** A role: built-in (owner, admin, member, viewer) or custom. */
export type Role = {
  __typename?: 'Role';
  /** True for owner, admin, member and viewer. */
  builtIn: Scalars['Boolean']['output'];
  /** What it is for. */
  description: Scalars['String']['output'];
  /** Members holding it. */
  memberCount: Scalars['Int']['output'];
  /** Name; built-ins are upper-case (OWNER), custom roles lower-case slugs. */
  name: Scalars['String']['output'];
  /** Permissions it grants. */
  permissions: Array<Scalars['String']['output']>;
};

/** A new custom role. */
export type RoleInput = {
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case slug, not a built-in name. */
  name: Scalars['String']['input'];
  /** Permission names from the catalogue. */
  permissions: Array<Scalars['String']['input']>;
};

/** Result of a role change. */
export type RolePayload = {
  __typename?: 'RolePayload';
  /** Expected failures; empty on success. */
  errors: Array<UserError>;
  /** The role after the change (null when deleted). */
  role?: Maybe<Role>;
};

/** Sign-in details. */
export type SignInInput = {
  /** Email address. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
  /** Organisation to act for; defaults to the first one the user belongs to. */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

/** Sign-up details. */
export type SignUpInput = {
  /** Email address; becomes the sign-in name. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live activity of the current organisation. */
  tenantActivity: TenantActivityEvent;
};

/** An organisation on Nexus Forge: it owns agents, API keys and members, and every tenant-owned row is isolated to it. */
export type Tenant = {
  __typename?: 'Tenant';
  /** When the organisation was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** URL-safe handle, also the agent scope (`@slug/agent`). */
  slug: Scalars['String']['output'];
};

/** Something that happened in an organisation. */
export type TenantActivityEvent = {
  __typename?: 'TenantActivityEvent';
  /** Event id. */
  id: Scalars['ID']['output'];
  /** Readable summary. */
  message: Scalars['String']['output'];
  /** When it happened (ISO 8601). */
  occurredAt: Scalars['String']['output'];
  /** Kind: TENANT_CREATED, MEMBER_JOINED, API_KEY_CREATED, API_KEY_REVOKED. */
  type: Scalars['String']['output'];
};

/** Plan, limits and metered usage. */
export type TenantUsage = {
  __typename?: 'TenantUsage';
  /** API requests over the range. */
  apiRequests: Array<UsagePoint>;
  /** Current plan. */
  plan: Plan;
  /** Every limit against current use. */
  quotas: Array<QuotaUsage>;
};

/** Rename the organisation. */
export type UpdateOrganizationInput = {
  /** Display name, 1–80 characters. */
  name: Scalars['String']['input'];
};

/** Changes to a custom role. */
export type UpdateRoleInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New permission list. */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A metered value in one time bucket. */
export type UsagePoint = {
  __typename?: 'UsagePoint';
  /** Bucket start (ISO 8601). */
  at: Scalars['String']['output'];
  /** Value in that bucket. */
  value: Scalars['Float']['output'];
};

/** Time window of usage charts. */
export type UsageRange =
  /** Last 24 hours, per hour. */
  | 'DAY'
  /** Last hour, per minute. */
  | 'HOUR'
  /** Last 7 days, per day. */
  | 'WEEK';

/** A person who can sign in. */
export type User = {
  __typename?: 'User';
  /** Sign-in email, lower-case. */
  email: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** An expected failure a client can show next to a field. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable code, e.g. BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED. */
  code: Scalars['String']['output'];
  /** The input field at fault, if one is (e.g. `email`). */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Who is calling: the signed-in user and the organisation the request acts for. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every organisation the user belongs to. */
  memberships: Array<Membership>;
  /** Roles in the current organisation. */
  roles: Array<Scalars['String']['output']>;
  /** Scopes granted to this request (API keys carry a subset). */
  scopes: Array<Scalars['String']['output']>;
  /** The organisation this request acts for, if any. */
  tenant?: Maybe<Tenant>;
  /** The signed-in user, when authenticated with a user token. */
  user?: Maybe<User>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Tenant: Tenant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditFilter: AuditFilter;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversTypes['Tenant']>, user?: Maybe<ResolversTypes['User']> }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateTenantInput: CreateTenantInput;
  CreateTenantPayload: ResolverTypeWrapper<Omit<CreateTenantPayload, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  DnsRecord: ResolverTypeWrapper<DnsRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Domain: ResolverTypeWrapper<Domain>;
  DomainCertificate: ResolverTypeWrapper<DomainCertificate>;
  DomainPayload: ResolverTypeWrapper<DomainPayload>;
  DomainStatus: DomainStatus;
  IdentityProvider: ResolverTypeWrapper<IdentityProvider>;
  IdentityProviderInput: IdentityProviderInput;
  IdentityProviderPayload: ResolverTypeWrapper<IdentityProviderPayload>;
  Invitation: ResolverTypeWrapper<Omit<Invitation, 'invitedBy'> & { invitedBy?: Maybe<ResolversTypes['User']> }>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversTypes['InvitationEdge']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  IsolationStatus: IsolationStatus;
  KubernetesIsolation: ResolverTypeWrapper<KubernetesIsolation>;
  KubernetesIsolationPayload: ResolverTypeWrapper<KubernetesIsolationPayload>;
  Member: ResolverTypeWrapper<Omit<Member, 'user'> & { user: ResolversTypes['User'] }>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges'> & { edges: Array<ResolversTypes['MemberEdge']> }>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversTypes['Member']> }>;
  Membership: ResolverTypeWrapper<Omit<Membership, 'tenant'> & { tenant: ResolversTypes['Tenant'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<Omit<Organization, 'plan' | 'tenant'> & { plan: ResolversTypes['Plan'], tenant: ResolversTypes['Tenant'] }>;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PermissionInfo: ResolverTypeWrapper<PermissionInfo>;
  Plan: ResolverTypeWrapper<PlanDefinition>;
  PlanLimits: ResolverTypeWrapper<PlanLimits>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuotaUsage: ResolverTypeWrapper<QuotaUsage>;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Role: ResolverTypeWrapper<Role>;
  RoleInput: RoleInput;
  RolePayload: ResolverTypeWrapper<RolePayload>;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tenant: ResolverTypeWrapper<TenantRow>;
  TenantActivityEvent: ResolverTypeWrapper<TenantActivityEvent>;
  TenantUsage: ResolverTypeWrapper<Omit<TenantUsage, 'plan'> & { plan: ResolversTypes['Plan'] }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRoleInput: UpdateRoleInput;
  UsagePoint: ResolverTypeWrapper<UsagePoint>;
  UsageRange: UsageRange;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'memberships' | 'tenant' | 'user'> & { memberships: Array<ResolversTypes['Membership']>, tenant?: Maybe<ResolversTypes['Tenant']>, user?: Maybe<ResolversTypes['User']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditFilter: AuditFilter;
  AuthPayload: Omit<AuthPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversParentTypes['Tenant']>, user?: Maybe<ResolversParentTypes['User']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateTenantInput: CreateTenantInput;
  CreateTenantPayload: Omit<CreateTenantPayload, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> };
  DnsRecord: DnsRecord;
  Boolean: Scalars['Boolean']['output'];
  Domain: Domain;
  DomainCertificate: DomainCertificate;
  DomainPayload: DomainPayload;
  IdentityProvider: IdentityProvider;
  IdentityProviderInput: IdentityProviderInput;
  IdentityProviderPayload: IdentityProviderPayload;
  Invitation: Omit<Invitation, 'invitedBy'> & { invitedBy?: Maybe<ResolversParentTypes['User']> };
  InvitationConnection: Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvitationEdge']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InvitationPreview: InvitationPreview;
  InviteMemberInput: InviteMemberInput;
  KubernetesIsolation: KubernetesIsolation;
  KubernetesIsolationPayload: KubernetesIsolationPayload;
  Member: Omit<Member, 'user'> & { user: ResolversParentTypes['User'] };
  MemberConnection: Omit<MemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberEdge']> };
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberPayload: Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['Member']> };
  Membership: Omit<Membership, 'tenant'> & { tenant: ResolversParentTypes['Tenant'] };
  Mutation: Record<PropertyKey, never>;
  Organization: Omit<Organization, 'plan' | 'tenant'> & { plan: ResolversParentTypes['Plan'], tenant: ResolversParentTypes['Tenant'] };
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  PermissionInfo: PermissionInfo;
  Plan: PlanDefinition;
  PlanLimits: PlanLimits;
  Float: Scalars['Float']['output'];
  Query: Record<PropertyKey, never>;
  QuotaUsage: QuotaUsage;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Role: Role;
  RoleInput: RoleInput;
  RolePayload: RolePayload;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  Subscription: Record<PropertyKey, never>;
  Tenant: TenantRow;
  TenantActivityEvent: TenantActivityEvent;
  TenantUsage: Omit<TenantUsage, 'plan'> & { plan: ResolversParentTypes['Plan'] };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRoleInput: UpdateRoleInput;
  UsagePoint: UsagePoint;
  User: UserRow;
  UserError: UserError;
  Viewer: Omit<Viewer, 'memberships' | 'tenant' | 'user'> & { memberships: Array<ResolversParentTypes['Membership']>, tenant?: Maybe<ResolversParentTypes['Tenant']>, user?: Maybe<ResolversParentTypes['User']> };
}>;

export type ApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsedIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorApiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreateTenantPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateTenantPayload'] = ResolversParentTypes['CreateTenantPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DnsRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DnsRecord'] = ResolversParentTypes['DnsRecord']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DomainResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['DomainCertificate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastCheckedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextCheckAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DomainStatus'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DomainCertificateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DomainCertificate'] = ResolversParentTypes['DomainCertificate']> = ResolversObject<{
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastRenewError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DomainPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DomainPayload'] = ResolversParentTypes['DomainPayload']> = ResolversObject<{
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type IdentityProviderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityProvider'] = ResolversParentTypes['IdentityProvider']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailClaim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleMapping?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rolesClaim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IdentityProviderPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityProviderPayload'] = ResolversParentTypes['IdentityProviderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  identityProvider?: Resolver<Maybe<ResolversTypes['IdentityProvider']>, ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveryError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
}>;

export type InvitationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export type InvitationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  inviteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InvitationPreviewResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  tenantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenantSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KubernetesIsolationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubernetesIsolation'] = ResolversParentTypes['KubernetesIsolation']> = ResolversObject<{
  appliedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IsolationStatus'], ParentType, ContextType>;
  yaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KubernetesIsolationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['KubernetesIsolationPayload'] = ResolversParentTypes['KubernetesIsolationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  isolation?: Resolver<Maybe<ResolversTypes['KubernetesIsolation']>, ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  joinedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MemberConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
}>;

export type MemberPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  addDomain?: Resolver<ResolversTypes['DomainPayload'], ParentType, ContextType, RequireFields<MutationAddDomainArgs, 'hostname'>>;
  changeMemberRole?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'role' | 'userId'>>;
  changePlan?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationChangePlanArgs, 'planId'>>;
  configureIdentityProvider?: Resolver<ResolversTypes['IdentityProviderPayload'], ParentType, ContextType, RequireFields<MutationConfigureIdentityProviderArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  createTenant?: Resolver<ResolversTypes['CreateTenantPayload'], ParentType, ContextType, RequireFields<MutationCreateTenantArgs, 'input'>>;
  deleteRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'name'>>;
  inviteMember?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  removeDomain?: Resolver<ResolversTypes['DomainPayload'], ParentType, ContextType, RequireFields<MutationRemoveDomainArgs, 'id'>>;
  removeIdentityProvider?: Resolver<ResolversTypes['IdentityProviderPayload'], ParentType, ContextType, RequireFields<MutationRemoveIdentityProviderArgs, 'id'>>;
  removeMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'userId'>>;
  resendInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'id'>>;
  retryKubernetesProvisioning?: Resolver<ResolversTypes['KubernetesIsolationPayload'], ParentType, ContextType>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  switchTenant?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSwitchTenantArgs, 'tenantId'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'input' | 'name'>>;
  verifyDomain?: Resolver<ResolversTypes['DomainPayload'], ParentType, ContextType, RequireFields<MutationVerifyDomainArgs, 'id'>>;
}>;

export type OrganizationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  myPermissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  myRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  seatsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PermissionInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PermissionInfo'] = ResolversParentTypes['PermissionInfo']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['PlanLimits'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceMonthlyUsd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanLimitsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlanLimits'] = ResolversParentTypes['PlanLimits']> = ResolversObject<{
  apiRequestsPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concurrentWorkflowRuns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cpu?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAgents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storageBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trainingJobs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  auditLogCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryAuditLogCsvArgs>>;
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType, RequireFields<QueryDomainArgs, 'id'>>;
  domains?: Resolver<Array<ResolversTypes['Domain']>, ParentType, ContextType>;
  identityProviders?: Resolver<Array<ResolversTypes['IdentityProvider']>, ParentType, ContextType>;
  invitationByToken?: Resolver<Maybe<ResolversTypes['InvitationPreview']>, ParentType, ContextType, RequireFields<QueryInvitationByTokenArgs, 'token'>>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'first'>>;
  kubernetesIsolation?: Resolver<ResolversTypes['KubernetesIsolation'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'first'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  permissionCatalogue?: Resolver<Array<ResolversTypes['PermissionInfo']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType, Partial<QueryTenantArgs>>;
  usage?: Resolver<ResolversTypes['TenantUsage'], ParentType, ContextType, RequireFields<QueryUsageArgs, 'range'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type QuotaUsageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['QuotaUsage'] = ResolversParentTypes['QuotaUsage']> = ResolversObject<{
  limit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RevokeApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RolePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RolePayload'] = ResolversParentTypes['RolePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  tenantActivity?: SubscriptionResolver<ResolversTypes['TenantActivityEvent'], "tenantActivity", ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantActivityEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantActivityEvent'] = ResolversParentTypes['TenantActivityEvent']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantUsageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantUsage'] = ResolversParentTypes['TenantUsage']> = ResolversObject<{
  apiRequests?: Resolver<Array<ResolversTypes['UsagePoint']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  quotas?: Resolver<Array<ResolversTypes['QuotaUsage']>, ParentType, ContextType>;
}>;

export type UsagePointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UsagePoint'] = ResolversParentTypes['UsagePoint']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateTenantPayload?: CreateTenantPayloadResolvers<ContextType>;
  DnsRecord?: DnsRecordResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  DomainCertificate?: DomainCertificateResolvers<ContextType>;
  DomainPayload?: DomainPayloadResolvers<ContextType>;
  IdentityProvider?: IdentityProviderResolvers<ContextType>;
  IdentityProviderPayload?: IdentityProviderPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  KubernetesIsolation?: KubernetesIsolationResolvers<ContextType>;
  KubernetesIsolationPayload?: KubernetesIsolationPayloadResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PermissionInfo?: PermissionInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanLimits?: PlanLimitsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuotaUsage?: QuotaUsageResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RolePayload?: RolePayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantActivityEvent?: TenantActivityEventResolvers<ContextType>;
  TenantUsage?: TenantUsageResolvers<ContextType>;
  UsagePoint?: UsagePointResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

