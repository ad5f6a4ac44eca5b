// What the intruder (B) sends for each root field of the API: A's ids, names and tokens wherever an argument can carry them.
import type { Intruder, Victim } from './fixtures';

type Vars = Record<string, unknown>;

export interface Probe {
  /** One or more variable sets; each runs with B's bearer token and with B's API key. */
  variables: (a: Victim, b: Intruder) => Vars[];
  /** Private values the intruder itself sends in an encoded form (e.g. inside a package), so seeing them back is no leak. */
  supplies?: (a: Victim) => string[];
  /** Extra assertion on the result's data (besides "no private marker of A"). */
  check?: (data: any, a: Victim) => string | null;
}

const notActingForA = (field: string) => (data: any, a: Victim) =>
  data?.[field]?.tenant?.id === a.tenantId ? `${field} returned a token acting for A` : null;

/** Every root field of the composed schema must be listed here or in EXEMPT; the probe fails on any field it does not know. */
export const PROBES: Record<string, Probe> = {
  // Queries
  agents: { variables: (a) => [{ query: a.agentName }, {}] },
  agent: { variables: (a) => [{ name: a.agentName }, { id: a.agentId }] },
  searchAgents: { variables: (a) => [{ input: { text: a.agentName } }, { input: { text: 'probe-agent' } }] },
  resolveDependencies: { variables: (a) => [{ name: a.agentName }] },
  reviewQueue: { variables: () => [{}] },
  publisher: { variables: (a) => [{ scope: a.slug }] },
  myAgents: { variables: () => [{}] },
  agentTarball: { variables: (a) => [{ name: a.agentName, version: a.version }] },
  viewer: { variables: () => [{}] },
  tenant: { variables: (a) => [{ id: a.tenantId }, { slug: a.slug }] },
  apiKeys: { variables: () => [{}] },
  organization: { variables: () => [{}] },
  members: { variables: () => [{}] },
  invitations: { variables: () => [{}, { status: 'PENDING' }] },
  roles: { variables: () => [{}] },
  permissionCatalogue: { variables: () => [{}] },
  domains: { variables: () => [{}] },
  domain: { variables: (a) => [{ id: a.domainId }] },
  identityProviders: { variables: () => [{}] },
  plans: { variables: () => [{}] },
  usage: { variables: () => [{}, { range: 'WEEK' }] },
  kubernetesIsolation: { variables: () => [{}] },
  auditLog: { variables: (a) => [{}, { filter: { actorUserId: a.ownerUserId } }] },
  auditLogCsv: { variables: (a) => [{}, { filter: { actorUserId: a.ownerUserId } }] },
  workflows: { variables: (a) => [{}, { search: a.workflowName }] },
  workflow: { variables: (a) => [{ id: a.workflowId }] },
  workflowNodeTypes: { variables: () => [{}] },
  compileWorkflowGraph: { variables: () => [{ graph: { nodes: [], edges: [] } }] },
  workflowRun: { variables: (a) => [{ id: a.runId }] },
  workflowRuns: { variables: (a) => [{}, { workflowId: a.workflowId }, { status: ['SUCCEEDED'], trigger: ['MANUAL', 'API'] }] },
  workflowVersionDiff: { variables: (a) => [{ workflowId: a.workflowId, from: 1, to: 0 }] },
  tenantSecrets: { variables: () => [{}] },
  workflowSettings: { variables: () => [{}] },
  // Mutations
  publishAgentVersion: { variables: (a) => [{ input: { tarball: a.tarballBase64 } }], supplies: (a) => [a.agentName] },
  reviewAgentVersion: { variables: (a) => [{ input: { versionId: a.versionId, decision: 'APPROVE' } }, { input: { versionId: a.versionId, decision: 'REJECT', reason: 'probe' } }] },
  updatePublisher: { variables: (a) => [{ input: { scope: a.slug, verified: true, autoApprove: true } }] },
  deprecateAgentVersions: { variables: (a) => [{ name: a.agentName, range: '*', message: 'probe' }] },
  setDistTag: { variables: (a) => [{ name: a.agentName, tag: 'beta', version: a.version }] },
  rateAgent: { variables: (a) => [{ input: { agentId: a.agentId, rating: 1, title: 'probe' } }] },
  invokeAgent: { variables: (a) => [{ name: a.agentName, inputJson: '{"text":"probe"}' }] },
  signIn: { variables: (a, b) => [{ input: { email: b.email, password: b.password, tenantSlug: a.slug } }], check: notActingForA('signIn') },
  createTenant: { variables: (a) => [{ input: { name: 'Squatter', slug: a.slug } }] },
  switchTenant: { variables: (a) => [{ tenantId: a.tenantId }], check: notActingForA('switchTenant') },
  createApiKey: { variables: () => [{ input: { name: 'probe-own' } }] },
  revokeApiKey: { variables: (a) => [{ id: a.apiKeyId }] },
  updateOrganization: { variables: () => [{ input: { name: 'Renamed by intruder' } }] },
  inviteMember: { variables: (a) => [{ input: { email: a.memberEmail, role: 'MEMBER' } }] },
  resendInvitation: { variables: (a) => [{ id: a.invitationId }] },
  revokeInvitation: { variables: (a) => [{ id: a.invitationId }] },
  acceptInvitation: { variables: (a) => [{ token: a.invitationToken }], check: notActingForA('acceptInvitation') },
  changeMemberRole: { variables: (a) => [{ userId: a.memberUserId, role: 'ADMIN' }, { userId: a.ownerUserId, role: 'VIEWER' }] },
  removeMember: { variables: (a) => [{ userId: a.memberUserId }, { userId: a.ownerUserId }] },
  createRole: { variables: (a) => [{ input: { name: a.roleName, permissions: ['agents:read'] } }] },
  updateRole: { variables: (a) => [{ name: a.roleName, input: { permissions: ['agents:read', 'members:read'] } }] },
  deleteRole: { variables: (a) => [{ name: a.roleName }] },
  addDomain: { variables: (a) => [{ hostname: a.hostname }] },
  verifyDomain: { variables: (a) => [{ id: a.domainId }] },
  removeDomain: { variables: (a) => [{ id: a.domainId }] },
  configureIdentityProvider: { variables: (a) => [{ input: { issuer: a.idpIssuer, audience: 'nexus-probe', defaultRole: 'ADMIN' } }] },
  removeIdentityProvider: { variables: (a) => [{ id: a.idpId }] },
  changePlan: { variables: () => [{ planId: 'team' }] },
  retryKubernetesProvisioning: { variables: () => [{}] },
  createWorkflow: { variables: (a) => [{ input: { name: a.workflowName } }] },
  updateWorkflow: { variables: (a) => [{ id: a.workflowId, input: { name: 'renamed by intruder', graph: { nodes: [], edges: [] } } }] },
  deleteWorkflow: { variables: (a) => [{ id: a.workflowId }] },
  saveWorkflowVersion: { variables: (a) => [{ workflowId: a.workflowId, note: 'intruder' }] },
  restoreWorkflowVersion: { variables: (a) => [{ workflowId: a.workflowId, number: 1 }] },
  setWorkflowActive: { variables: (a) => [{ workflowId: a.workflowId, active: false }] },
  rotateWorkflowWebhookSecret: { variables: (a) => [{ workflowId: a.workflowId }] },
  runWorkflow: { variables: (a) => [{ workflowId: a.workflowId }, { workflowId: a.workflowId, version: 1 }] },
  cancelWorkflowRun: { variables: (a) => [{ runId: a.runId }] },
  retryWorkflowRun: { variables: (a) => [{ runId: a.runId }] },
  resumeWorkflowRun: { variables: (a) => [{ runId: a.runId, nodeId: 'mark' }] },
  setTenantSecret: { variables: (a) => [{ name: a.secretName, value: 'intruder' }] },
  deleteTenantSecret: { variables: (a) => [{ name: a.secretName }] },
  setWorkflowAllowedHosts: { variables: () => [{ hosts: ['intruder.example.com'] }] },
};

/** Root fields that cannot name another tenant's data, with the reason; the probe still refuses new fields not listed anywhere. */
export const EXEMPT: Record<string, string> = {
  signUp: 'creates a new account; its input names no existing tenant, user or object',
  invitationByToken: 'the token is itself the credential (like a password-reset link): holding it is being invited; the preview shows only what the email already said',
  tenantActivity: 'subscription: covered by its own test below (B never receives A\'s events)',
  workflowRunEvents: 'subscription: covered by its own test below (B cannot watch A\'s run)',
};
