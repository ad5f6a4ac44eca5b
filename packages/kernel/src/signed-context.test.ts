import { describe, expect, it } from 'vitest';
import { anonymousContext } from './context';
import { signContext, verifyContext } from './signed-context';

const secret = 'test-secret-0123456789';
const ctx = { ...anonymousContext('req-1'), tenantId: 't1', userId: 'u1', roles: ['OWNER'], scopes: ['agents:read'] };

describe('signed context header', () => {
  it('round-trips a context signed with the shared secret', () => {
    expect(verifyContext(signContext(ctx, secret), secret)).toEqual(ctx);
  });
  it('rejects a header signed with another secret', () => {
    expect(() => verifyContext(signContext(ctx, 'other-secret-xxxxxxxx'), secret)).toThrow(/signature/);
  });
  it('rejects a tampered payload', () => {
    const [payload, sig] = signContext(ctx, secret).split('.');
    const forged = Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('t1', 't2')).toString('base64url');
    expect(() => verifyContext(`${forged}.${sig}`, secret)).toThrow(/signature/);
  });
  it('rejects missing, malformed and stale headers', () => {
    expect(() => verifyContext(undefined, secret)).toThrow(/Missing/);
    expect(() => verifyContext('abc', secret)).toThrow(/Malformed/);
    const old = signContext(ctx, secret, Date.now() - 3_600_000);
    expect(() => verifyContext(old, secret)).toThrow(/Stale/);
  });
});
