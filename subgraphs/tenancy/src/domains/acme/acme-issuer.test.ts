import { describe, expect, it } from 'vitest';
import { createAcmeIssuer, renewalDue } from './acme-issuer';
import { createMemoryChallengeStore } from './challenge-store';

describe('renewalDue', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const inDays = (d: number) => new Date(now.getTime() + d * 24 * 60 * 60 * 1000);

  it('is not due while more than 30 days remain', () => {
    expect(renewalDue(inDays(31), now)).toBe(false);
  });
  it('is due at 30 days and below, and once expired', () => {
    expect(renewalDue(inDays(30), now)).toBe(true);
    expect(renewalDue(inDays(1), now)).toBe(true);
    expect(renewalDue(inDays(-1), now)).toBe(true);
  });
  it('honours a custom window', () => {
    expect(renewalDue(inDays(10), now, 7)).toBe(false);
    expect(renewalDue(inDays(7), now, 7)).toBe(true);
  });
});

describe('createAcmeIssuer input checks', () => {
  // Nothing listens here: a rejected domain must fail before any ACME request.
  const issuer = createAcmeIssuer({ directoryUrl: 'https://127.0.0.1:9/dir', email: 'ops@example.com', challengeStore: createMemoryChallengeStore() });

  it.each(['*.example.com', '10.0.0.1', 'localhost', 'bad..name.com'])('rejects %j as BAD_USER_INPUT without contacting the CA', async (domain) => {
    await expect(issuer.issue(domain)).rejects.toMatchObject({ name: 'DomainError', code: 'BAD_USER_INPUT', field: 'domain' });
  });
});
