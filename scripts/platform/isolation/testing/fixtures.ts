// Two organisations for the isolation probe: A owns one of everything tenant-private; B is the intruder.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PERMISSIONS } from '@nexus/kernel/authz/permissions';
import { packAgent } from '@nexus/agent-sdk/pack';
import { runNexus } from '@nexus/agent-sdk/testing/capture-io';

export type Gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<{ status: number; body: { data?: any; errors?: any[] } }>;

export interface Victim {
  tenantId: string;
  slug: string;
  ownerUserId: string;
  ownerEmail: string;
  token: string;
  apiKeyId: string;
  apiKeyPrefix: string;
  invitationId: string;
  invitationToken: string;
  invitedEmail: string;
  memberUserId: string;
  memberEmail: string;
  roleName: string;
  domainId: string;
  hostname: string;
  idpId: string;
  idpIssuer: string;
  agentName: string;
  agentId: string;
  versionId: string;
  version: string;
  /** A package in A's scope, for B to try to publish. */
  tarballBase64: string;
  workflowId: string;
  workflowName: string;
  /** A finished run of A's workflow, and the value it produced. */
  runId: string;
  runOutput: string;
  webhookPath: string;
  secretName: string;
}

export interface Intruder {
  tenantId: string;
  email: string;
  password: string;
  token: string;
  apiKey: string;
}

const PASSWORD = 'isolation-probe-pass-1';

/** Fails loudly when a set-up step does not work: a probe over missing data would prove nothing. */
function must<T>(label: string, value: T | null | undefined, body: unknown): T {
  if (value === null || value === undefined) throw new Error(`isolation fixture: ${label} failed: ${JSON.stringify(body)}`);
  return value;
}

async function owner(gql: Gql, tag: string) {
  const email = `${tag}-${randomBytes(4).toString('hex')}@example.com`;
  const up = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }`, { i: { email, password: PASSWORD, name: `Owner ${tag}` } });
  const userToken = must('signUp', up.body.data?.signUp?.token as string | undefined, up.body);
  const slug = `${tag}-${randomBytes(3).toString('hex')}`;
  const org = await gql(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { token tenant { id } } }`, { i: { name: `Org ${tag}`, slug } }, bearer(userToken));
  return {
    email, slug, userId: up.body.data.signUp.user.id as string,
    token: must('createTenant', org.body.data?.createTenant?.token as string | undefined, org.body),
    tenantId: org.body.data.createTenant.tenant.id as string,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function apiKey(gql: Gql, token: string) {
  const r = await gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix } errors { message } } }`, { i: { name: 'probe', scopes: PERMISSIONS } }, bearer(token));
  return { secret: must('createApiKey', r.body.data?.createApiKey?.secret as string | undefined, r.body), id: r.body.data.createApiKey.apiKey.id as string, prefix: r.body.data.createApiKey.apiKey.prefix as string };
}

async function invite(gql: Gql, token: string, email: string) {
  const r = await gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { inviteUrl invitation { id } errors { message } } }`, { i: { email, role: 'MEMBER' } }, bearer(token));
  const url = must('inviteMember', r.body.data?.inviteMember?.inviteUrl as string | undefined, r.body);
  return { id: r.body.data.inviteMember.invitation.id as string, token: url.split('/').pop()! };
}

/** An OIDC issuer on loopback: configuring a provider fetches its discovery document. */
export async function startLoopbackIssuer(): Promise<{ issuer: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function createVictim(gql: Gql, registry: string, idpIssuer: string): Promise<Victim> {
  const a = await owner(gql, 'victim');
  const auth = bearer(a.token);
  const key = await apiKey(gql, a.token);
  const roleName = `probe-role-${randomBytes(3).toString('hex')}`;
  const role = await gql(`mutation($i: RoleInput!) { createRole(input: $i) { role { name } errors { message } } }`, { i: { name: roleName, permissions: ['agents:read'] } }, auth);
  must('createRole', role.body.data?.createRole?.role, role.body);

  // A member who joined through an invitation, and one invitation still pending.
  const memberEmail = `member-${randomBytes(4).toString('hex')}@example.com`;
  const joined = await invite(gql, a.token, memberEmail);
  const m = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }`, { i: { email: memberEmail, password: PASSWORD, name: 'Member' } });
  const accepted = await gql(`mutation($t: String!) { acceptInvitation(token: $t) { token errors { message } } }`, { t: joined.token }, bearer(m.body.data.signUp.token));
  must('acceptInvitation', accepted.body.data?.acceptInvitation?.token, accepted.body);
  const invitedEmail = `pending-${randomBytes(4).toString('hex')}@example.com`;
  const pending = await invite(gql, a.token, invitedEmail);

  const hostname = `probe-${randomBytes(4).toString('hex')}.example.com`;
  const domain = await gql(`mutation($h: String!) { addDomain(hostname: $h) { domain { id } errors { message } } }`, { h: hostname }, auth);
  const idp = await gql(`mutation($i: IdentityProviderInput!) { configureIdentityProvider(input: $i) { identityProvider { id } errors { message } } }`, { i: { issuer: idpIssuer, audience: 'nexus-probe' } }, auth);

  // A version waiting for review is private to A: not in search, not installable, not visible by name.
  const dir = mkdtempSync(join(tmpdir(), 'nexus-probe-'));
  try {
    const agentName = `@${a.slug}/probe-agent`;
    const init = await runNexus(['init', join(dir, 'agent'), '--name', agentName], { cwd: dir });
    if (init.code !== 0) throw new Error(`isolation fixture: nexus init failed: ${init.stderr}`);
    const published = await runNexus(['publish', join(dir, 'agent'), '--registry', registry, '--api-key', key.secret], { cwd: dir });
    if (published.code !== 0) throw new Error(`isolation fixture: nexus publish failed: ${published.stderr}\n${published.stdout}`);
    const mine = await gql(`{ myAgents { edges { node { id name versions { edges { node { id version } } } } } } }`, {}, auth);
    const agent = must('myAgents', (mine.body.data?.myAgents?.edges as any[] | undefined)?.find((e) => e.node.name === agentName)?.node, mine.body);
    const version = agent.versions.edges[0].node;
    const tarball = (await packAgent(join(dir, 'agent'))).tarball;
    const flow = await createVictimWorkflow(gql, a.token);
    return {
      ...flow,
      tenantId: a.tenantId, slug: a.slug, ownerUserId: a.userId, ownerEmail: a.email, token: a.token,
      apiKeyId: key.id, apiKeyPrefix: key.prefix, invitationId: pending.id, invitationToken: pending.token, invitedEmail,
      memberUserId: m.body.data.signUp.user.id, memberEmail, roleName,
      domainId: must('addDomain', domain.body.data?.addDomain?.domain?.id as string | undefined, domain.body), hostname,
      idpId: must('configureIdentityProvider', idp.body.data?.configureIdentityProvider?.identityProvider?.id as string | undefined, idp.body), idpIssuer,
      agentName, agentId: agent.id, versionId: version.id, version: version.version, tarballBase64: Buffer.from(tarball).toString('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A saved, active workflow with a finished run, a secret and an allowed host: all private to A. */
async function createVictimWorkflow(gql: Gql, token: string) {
  const auth = bearer(token);
  const tag = randomBytes(4).toString('hex');
  const workflowName = `probe-flow-${tag}`;
  const runOutput = `probe-output-${tag}`;
  const secretName = `PROBE_SECRET_${tag.toUpperCase()}`;
  const graph = {
    nodes: [
      { id: 'start', type: 'manual', config: {}, position: { x: 0, y: 0 } },
      { id: 'mark', type: 'transform', config: { expression: `"${runOutput}"` }, position: { x: 200, y: 0 } },
    ],
    edges: [{ source: 'start', sourcePort: 'out', target: 'mark', targetPort: 'in' }],
  };
  const created = await gql(`mutation($i: CreateWorkflowInput!) { createWorkflow(input: $i) { workflow { id } errors { message } } }`, { i: { name: workflowName, graph } }, auth);
  const workflowId = must('createWorkflow', created.body.data?.createWorkflow?.workflow?.id as string | undefined, created.body);
  const saved = await gql(`mutation($w: ID!) { saveWorkflowVersion(workflowId: $w, note: "probe") { version { number } errors { message } } }`, { w: workflowId }, auth);
  must('saveWorkflowVersion', saved.body.data?.saveWorkflowVersion?.version, saved.body);
  const active = await gql(`mutation($w: ID!) { setWorkflowActive(workflowId: $w, active: true) { workflow { webhookPath } errors { message } } }`, { w: workflowId }, auth);
  const webhookPath = must('setWorkflowActive', active.body.data?.setWorkflowActive?.workflow?.webhookPath as string | undefined, active.body);
  const secret = await gql(`mutation($n: String!) { setTenantSecret(name: $n, value: "probe-secret-value") { secret { name } errors { message } } }`, { n: secretName }, auth);
  must('setTenantSecret', secret.body.data?.setTenantSecret?.secret, secret.body);
  const run = await gql(`mutation($w: ID!) { runWorkflow(workflowId: $w, version: 1) { run { id } errors { message } } }`, { w: workflowId }, auth);
  const runId = must('runWorkflow', run.body.data?.runWorkflow?.run?.id as string | undefined, run.body);
  for (let i = 0; ; i++) {
    const r = await gql(`query($id: ID!) { workflowRun(id: $id) { status } }`, { id: runId }, auth);
    if (r.body.data?.workflowRun?.status === 'SUCCEEDED') break;
    if (i > 200) throw new Error(`isolation fixture: A's run did not succeed: ${JSON.stringify(r.body)}`);
    await new Promise((res) => setTimeout(res, 50));
  }
  return { workflowId, workflowName, runId, runOutput, webhookPath, secretName };
}

export async function createIntruder(gql: Gql): Promise<Intruder> {
  const b = await owner(gql, 'intruder');
  const key = await apiKey(gql, b.token);
  return { tenantId: b.tenantId, email: b.email, password: PASSWORD, token: b.token, apiKey: key.secret };
}

/** Strings that only someone inside A may ever see. A's name, slug and id are public (profile pages), so they are not here. */
export function privateMarkers(a: Victim): Record<string, string> {
  return {
    'A api key id': a.apiKeyId, 'A api key prefix': a.apiKeyPrefix, 'A invitation id': a.invitationId, 'A invitee email': a.invitedEmail,
    'A member email': a.memberEmail, 'A owner email': a.ownerEmail, 'A custom role': a.roleName, 'A domain id': a.domainId,
    'A domain': a.hostname, 'A identity provider id': a.idpId, 'A identity provider issuer': a.idpIssuer,
    'A unpublished agent': a.agentName, 'A unpublished agent id': a.agentId, 'A unpublished version id': a.versionId,
    'A workflow id': a.workflowId, 'A workflow name': a.workflowName, 'A run id': a.runId, 'A run output': a.runOutput,
    'A webhook URL': a.webhookPath, 'A secret name': a.secretName,
  };
}
