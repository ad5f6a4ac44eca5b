import { describe, expect, it } from 'vitest';
import { storedRoleName } from './role-names';
import { statusOf } from './invitation-repository';

describe('storedRoleName', () => {
  it('stores built-ins upper-case and custom roles lower-case, whatever the input case', () => {
    expect(['owner', ' Admin ', 'VIEWER', 'member'].map(storedRoleName)).toEqual(['OWNER', 'ADMIN', 'VIEWER', 'MEMBER']);
    expect(storedRoleName('Release-Manager')).toBe('release-manager');
  });
});

describe('invitation status', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const later = new Date('2026-11-27T12:00:00Z');
  const earlier = new Date('2026-11-25T12:00:00Z');
  it('is ACCEPTED or REVOKED once either happened, else PENDING until it expires', () => {
    expect(statusOf({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('PENDING');
    expect(statusOf({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(statusOf({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('ACCEPTED');
    expect(statusOf({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe('REVOKED');
  });
});
