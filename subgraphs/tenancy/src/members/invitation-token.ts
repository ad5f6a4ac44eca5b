// Invitation links carry a random token; only its SHA-256 is stored, so a database leak reveals no working link.
import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_TTL_MS = 7 * 86_400_000;

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newInvitationToken(now = Date.now()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now + INVITATION_TTL_MS) };
}

export const invitationLink = (webUrl: string, token: string) => `${webUrl.replace(/\/+$/, '')}/invitations/${token}`;
