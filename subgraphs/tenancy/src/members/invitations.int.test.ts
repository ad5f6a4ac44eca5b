// Invitations end to end through the GraphQL API: invite, preview, accept, and the rules around them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@nexus/db/tenant-client';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { addMember, auditRows, contextFor, newOrg, signUp } from './testing/fixtures';
import { hashInvitationToken } from './invitation-token';

let h: TenancyHarness;
beforeAll(async () => { h = await startTenancyHarness({ config: { webUrl: 'https://console.nexus.test/' } }); });
afterAll(async () => { await h?.close(); });

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) {
  inviteUrl invitation { id email role status expiresAt deliveredAt invitedBy { email } } errors { code message field } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { token tenant { id slug } user { email } errors { code message field } } }`;
const PREVIEW = `query($t: String!) { invitationByToken(token: $t) { tenantName tenantSlug email role status expiresAt } }`;
const INVITATIONS = `query($s: InvitationStatus) { invitations(status: $s) { totalCount edges { node { id email role status } } } }`;
const MEMBERS = `{ members { totalCount edges { node { role user { email } } } } }`;

const tokenOf = (url: string) => url.split('/invitations/')[1]!;

describe('inviteMember → acceptInvitation', () => {
  it('makes the invitee a member with the invited role and hands back a token for the organisation', async () => {
    const { org, owner, ownerCtx } = await newOrg(h);
    const invitee = await signUp(h, `Invitee.${Date.now()}@Example.test`);
    const sent = (await h.exec(INVITE, { input: { email: invitee.email.toUpperCase(), role: 'admin' } }, ownerCtx)).data!.inviteMember;
    expect(sent.errors).toEqual([]);
    expect(sent.invitation).toMatchObject({ email: invitee.email, role: 'ADMIN', status: 'PENDING', deliveredAt: null, invitedBy: { email: owner.email } });
    // No SMTP configured: the link comes back for the console to show.
    expect(sent.inviteUrl).toMatch(/^https:\/\/console\.nexus\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(sent.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const token = tokenOf(sent.inviteUrl);
    const preview = (await h.exec(PREVIEW, { t: token })).data!.invitationByToken;
    expect(preview).toMatchObject({ tenantName: org.name, tenantSlug: org.slug, email: invitee.email, role: 'ADMIN', status: 'PENDING' });

    const accepted = (await h.exec(ACCEPT, { t: token }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(accepted.errors).toEqual([]);
    expect(accepted.tenant.id).toBe(org.id);
    expect(await h.keys.verify(accepted.token)).toMatchObject({ sub: invitee.id, tid: org.id, roles: ['ADMIN'] });

    const members = (await h.exec(MEMBERS, {}, ownerCtx)).data!.members;
    expect(members.edges.map((e: any) => [e.node.user.email, e.node.role])).toEqual([[owner.email, 'OWNER'], [invitee.email, 'ADMIN']]);
    expect((await h.exec(PREVIEW, { t: token })).data!.invitationByToken.status).toBe('ACCEPTED');
    const again = (await h.exec(ACCEPT, { t: token }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(again.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'token' })]);
    expect((await auditRows(h, org.id)).map((a) => a.action)).toEqual(['tenant.created', 'invitation.created', 'invitation.accepted']);
  });

  it('stores only the hash of the token', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const sent = (await h.exec(INVITE, { input: { email: `hash-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    const token = tokenOf(sent.inviteUrl);
    const row = await withTenant(h.db, { tenantId: org.id }, (tx) => tx.invitation.findUniqueOrThrow({ where: { id: sent.invitation.id } }));
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses a signed-in user whose email is not the invited one, and changes nothing', async () => {
    const { ownerCtx } = await newOrg(h);
    const sent = (await h.exec(INVITE, { input: { email: `right-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    const stranger = await signUp(h);
    const r = (await h.exec(ACCEPT, { t: tokenOf(sent.inviteUrl) }, h.as({ userId: stranger.id }))).data!.acceptInvitation;
    expect(r).toMatchObject({ token: null, errors: [{ code: 'FORBIDDEN', field: 'email' }] });
    expect(r.errors[0].message).toContain(stranger.email);
    expect(r.errors[0].message).not.toContain(sent.invitation.email);
    expect((await h.exec(MEMBERS, {}, ownerCtx)).data!.members.totalCount).toBe(1);
    expect((await h.exec(INVITATIONS, { s: 'PENDING' }, ownerCtx)).data!.invitations.totalCount).toBe(1);
  });

  it('needs a signed-in user, and a real token', async () => {
    const { ownerCtx } = await newOrg(h);
    const sent = (await h.exec(INVITE, { input: { email: `anon-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    expect((await h.exec(ACCEPT, { t: tokenOf(sent.inviteUrl) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const user = await signUp(h);
    const bogus = (await h.exec(ACCEPT, { t: 'x'.repeat(43) }, h.as({ userId: user.id }))).data!.acceptInvitation;
    expect(bogus.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'token' })]);
    expect((await h.exec(PREVIEW, { t: 'x'.repeat(43) })).data!.invitationByToken).toBeNull();
  });

  it('an expired link shows EXPIRED and cannot be accepted; resending gives a new link that works', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const invitee = await signUp(h);
    const sent = (await h.exec(INVITE, { input: { email: invitee.email, role: 'VIEWER' } }, ownerCtx)).data!.inviteMember;
    await withTenant(h.db, { tenantId: org.id }, (tx) => tx.invitation.update({ where: { id: sent.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } }));
    const oldToken = tokenOf(sent.inviteUrl);
    expect((await h.exec(PREVIEW, { t: oldToken })).data!.invitationByToken.status).toBe('EXPIRED');
    expect((await h.exec(INVITATIONS, { s: 'EXPIRED' }, ownerCtx)).data!.invitations.edges.map((e: any) => e.node.id)).toEqual([sent.invitation.id]);
    const expired = (await h.exec(ACCEPT, { t: oldToken }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(expired.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'token', message: expect.stringMatching(/expired/) })]);

    const resent = (await h.exec(`mutation($id: ID!) { resendInvitation(id: $id) { inviteUrl invitation { id status } errors { code } } }`, { id: sent.invitation.id }, ownerCtx)).data!.resendInvitation;
    expect(resent.invitation).toEqual({ id: sent.invitation.id, status: 'PENDING' });
    expect(resent.inviteUrl).not.toBe(sent.inviteUrl);
    expect((await h.exec(PREVIEW, { t: oldToken })).data!.invitationByToken).toBeNull();
    const ok = (await h.exec(ACCEPT, { t: tokenOf(resent.inviteUrl) }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(ok.errors).toEqual([]);
  });

  it('a revoked invitation cannot be accepted', async () => {
    const { ownerCtx } = await newOrg(h);
    const invitee = await signUp(h);
    const sent = (await h.exec(INVITE, { input: { email: invitee.email } }, ownerCtx)).data!.inviteMember;
    const revoked = (await h.exec(`mutation($id: ID!) { revokeInvitation(id: $id) { invitation { status } errors { code } } }`, { id: sent.invitation.id }, ownerCtx)).data!.revokeInvitation;
    expect(revoked).toEqual({ invitation: { status: 'REVOKED' }, errors: [] });
    const r = (await h.exec(ACCEPT, { t: tokenOf(sent.inviteUrl) }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/withdrawn/) })]);
  });
});

describe('invitation rules', () => {
  it('keeps one open invitation per address: inviting again refreshes it', async () => {
    const { ownerCtx } = await newOrg(h);
    const email = `twice-${Date.now()}@example.test`;
    const first = (await h.exec(INVITE, { input: { email } }, ownerCtx)).data!.inviteMember;
    const second = (await h.exec(INVITE, { input: { email, role: 'VIEWER' } }, ownerCtx)).data!.inviteMember;
    expect(second.invitation.id).toBe(first.invitation.id);
    const list = (await h.exec(INVITATIONS, {}, ownerCtx)).data!.invitations;
    expect(list.edges.map((e: any) => e.node)).toEqual([{ id: first.invitation.id, email, role: 'VIEWER', status: 'PENDING' }]);
    expect((await h.exec(PREVIEW, { t: tokenOf(first.inviteUrl) })).data!.invitationByToken).toBeNull();
  });

  it('refuses an address that is already a member', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const { user } = await addMember(h, org, 'MEMBER');
    const r = (await h.exec(INVITE, { input: { email: user.email.toUpperCase() } }, ownerCtx)).data!.inviteMember;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'email' })]);
  });

  it('a viewer cannot invite; an admin cannot invite an owner; unknown roles are named', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const viewer = await addMember(h, org, 'VIEWER');
    const denied = await h.exec(INVITE, { input: { email: `v-${Date.now()}@example.test` } }, viewer.ctx);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.message).toMatch(/members:invite/);
    const admin = await addMember(h, org, 'ADMIN');
    const owner = (await h.exec(INVITE, { input: { email: `o-${Date.now()}@example.test`, role: 'OWNER' } }, admin.ctx)).data!.inviteMember;
    expect(owner.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'role' })]);
    const ghost = (await h.exec(INVITE, { input: { email: `g-${Date.now()}@example.test`, role: 'ghost' } }, ownerCtx)).data!.inviteMember;
    expect(ghost.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'role' })]);
    expect((await h.exec(INVITATIONS, {}, ownerCtx)).data!.invitations.totalCount).toBe(0);
  });

  it('counts members plus pending invitations against the seat limit, and a refusal stores nothing', async () => {
    const { org, ownerCtx } = await newOrg(h);
    // Free plan: 5 seats. Owner + 2 members + 2 pending invitations fill it.
    await addMember(h, org, 'MEMBER');
    await addMember(h, org, 'VIEWER');
    const pending = [];
    for (const n of [1, 2]) pending.push((await h.exec(INVITE, { input: { email: `seat${n}-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember);
    expect(pending.map((p) => p.errors)).toEqual([[], []]);
    expect((await h.exec(`{ organization { seatsUsed plan { limits { seats } } } }`, {}, ownerCtx)).data!.organization).toEqual({ seatsUsed: 5, plan: { limits: { seats: 5 } } });

    const over = (await h.exec(INVITE, { input: { email: `seat3-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    expect(over.invitation).toBeNull();
    expect(over.errors).toEqual([expect.objectContaining({ code: 'QUOTA_EXCEEDED', field: 'seats', message: expect.stringMatching(/seats allows 5 seats/) })]);
    expect((await h.exec(INVITATIONS, {}, ownerCtx)).data!.invitations.totalCount).toBe(2);
    // Re-inviting a pending address takes no extra seat.
    const refresh = (await h.exec(INVITE, { input: { email: pending[0].invitation.email } }, ownerCtx)).data!.inviteMember;
    expect(refresh.errors).toEqual([]);
    // Accepting turns a pending seat into a member: still within the limit.
    const invitee = await signUp(h, pending[1].invitation.email);
    const ok = (await h.exec(ACCEPT, { t: tokenOf(pending[1].inviteUrl) }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(ok.errors).toEqual([]);
    expect((await h.exec(`{ organization { seatsUsed } }`, {}, ownerCtx)).data!.organization.seatsUsed).toBe(5);
    expect((await auditRows(h, org.id)).filter((a) => a.action === 'invitation.created')).toHaveLength(3);
  });

  it('refuses acceptance when the plan has no seat left (a plan changed after inviting)', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const invitee = await signUp(h);
    const sent = (await h.exec(INVITE, { input: { email: invitee.email } }, ownerCtx)).data!.inviteMember;
    for (let i = 0; i < 4; i++) await addMember(h, org, 'VIEWER');
    const r = (await h.exec(ACCEPT, { t: tokenOf(sent.inviteUrl) }, h.as({ userId: invitee.id }))).data!.acceptInvitation;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'QUOTA_EXCEEDED', field: 'seats' })]);
    expect((await h.exec(MEMBERS, {}, ownerCtx)).data!.members.totalCount).toBe(5);
  });

  it('lets a member read invitations but only inviters change them', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const sent = (await h.exec(INVITE, { input: { email: `read-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    const member = await addMember(h, org, 'MEMBER');
    expect((await h.exec(INVITATIONS, {}, member.ctx)).data!.invitations.totalCount).toBe(1);
    const r = await h.exec(`mutation($id: ID!) { revokeInvitation(id: $id) { errors { code } } }`, { id: sent.invitation.id }, member.ctx);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await newOrg(h);
    const foreign = await h.exec(`mutation($id: ID!) { revokeInvitation(id: $id) { errors { code field } } }`, { id: sent.invitation.id }, other.ownerCtx);
    expect(foreign.data!.revokeInvitation.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    const noKey = contextFor(h, { userId: null, tenantId: org.id, role: 'OWNER', apiKeyId: '00000000-0000-4000-8000-000000000001', scopes: ['agents:read'] });
    expect((await h.exec(INVITATIONS, {}, noKey)).errors?.[0]?.message).toMatch(/scopes do not include it/);
  });
});
