// The invitation email: plain text plus a minimal HTML part carrying the same link.
import type { MailMessage } from './mailer';

export interface InvitationEmail {
  to: string;
  organisation: string;
  role: string;
  inviter: string | null;
  link: string;
  expiresAt: Date;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function invitationEmail(i: InvitationEmail): MailMessage {
  const who = i.inviter ? `${i.inviter} invited you` : 'You are invited';
  const lines = [
    `${who} to join ${i.organisation} on Nexus Forge as ${i.role.toLowerCase()}.`,
    '',
    `Accept the invitation: ${i.link}`,
    '',
    `The link works until ${i.expiresAt.toUTCString()}. If you did not expect this email, ignore it.`,
  ];
  const html = `<p>${escapeHtml(lines[0]!)}</p><p><a href="${escapeHtml(i.link)}">Accept the invitation</a></p><p>${escapeHtml(lines[4]!)}</p>`;
  return { to: i.to, subject: `Join ${i.organisation} on Nexus Forge`, text: lines.join('\n'), html };
}
