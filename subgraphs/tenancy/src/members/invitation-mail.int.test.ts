// Invitation delivery through a real SMTP conversation with a loopback smtp-server that captures what arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { newOrg } from './testing/fixtures';

interface Captured { to: string[]; raw: string }
const inbox: Captured[] = [];
let smtp: SMTPServer;
let h: TenancyHarness;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Addresses with "bounce" in them are refused, as a real server refuses an unknown mailbox.
    onRcptTo(address, _session, cb) {
      cb(address.address.includes('bounce') ? Object.assign(new Error('No such mailbox'), { responseCode: 550 }) : null);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  h = await startTenancyHarness({ config: { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Nexus Forge <invites@nexus.test>', webUrl: 'https://console.nexus.test' } });
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl invitation { id status deliveredAt deliveryError } errors { code } } }`;
const PENDING = `{ invitations(status: PENDING) { edges { node { id deliveredAt deliveryError } } } }`;

/** Undoes quoted-printable soft line breaks and escapes, so the link can be found whole. */
const decodeQp = (s: string) => s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('invitation email', () => {
  it('mails the link to the invitee and records the delivery; the link is not returned', async () => {
    const { org, ownerCtx } = await newOrg(h);
    const email = `mailed-${Date.now()}@example.test`;
    const r = (await h.exec(INVITE, { input: { email, role: 'VIEWER' } }, ownerCtx)).data!.inviteMember;
    expect(r.errors).toEqual([]);
    expect(r.inviteUrl).toBeNull();
    expect(r.invitation.deliveredAt).not.toBeNull();
    const mail = inbox.find((m) => m.to.includes(email))!;
    expect(mail).toBeDefined();
    const body = decodeQp(mail.raw);
    expect(body).toMatch(/^From: Nexus Forge <invites@nexus\.test>/m);
    expect(body).toContain(`Subject: Join ${org.name} on Nexus Forge`);
    const token = /https:\/\/console\.nexus\.test\/invitations\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
    expect(token).toBeDefined();
    const preview = await h.exec(`query($t: String!) { invitationByToken(token: $t) { email role status } }`, { t: token });
    expect(preview.data!.invitationByToken).toEqual({ email, role: 'VIEWER', status: 'PENDING' });
  });

  it('keeps the invitation when delivery fails, records why, and hands the link back instead', async () => {
    const { ownerCtx } = await newOrg(h);
    const r = (await h.exec(INVITE, { input: { email: `bounce-${Date.now()}@example.test` } }, ownerCtx)).data!.inviteMember;
    expect(r.errors).toEqual([]);
    expect(r.inviteUrl).toMatch(/^https:\/\/console\.nexus\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(r.invitation).toMatchObject({ status: 'PENDING', deliveredAt: null, deliveryError: expect.stringMatching(/No such mailbox|550/) });
    expect((await h.exec(PENDING, {}, ownerCtx)).data!.invitations.edges).toEqual([{ node: { id: r.invitation.id, deliveredAt: null, deliveryError: r.invitation.deliveryError } }]);
  });
});
