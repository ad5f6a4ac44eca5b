import { describe, expect, it } from 'vitest';
import { assertHostAllowed, hostAllowed } from './host-allowlist';

describe('host allow-list', () => {
  it('matches exact names case-insensitively', () => {
    expect(hostAllowed('API.Example.com', ['api.example.com'])).toBe(true);
    expect(hostAllowed('api.example.com.', ['api.example.com'])).toBe(true);
    expect(hostAllowed('other.example.com', ['api.example.com'])).toBe(false);
  });

  it('lets *.suffix match subdomains only, never the apex or a look-alike', () => {
    const rules = ['*.example.com'];
    expect(hostAllowed('api.example.com', rules)).toBe(true);
    expect(hostAllowed('a.b.example.com', rules)).toBe(true);
    expect(hostAllowed('example.com', rules)).toBe(false);
    expect(hostAllowed('evilexample.com', rules)).toBe(false);
    expect(hostAllowed('example.com.evil.net', rules)).toBe(false);
  });

  it('refuses with HOST_NOT_ALLOWED naming the host and where to allow it', () => {
    expect(() => assertHostAllowed(new URL('https://evil.test/x'), ['good.test'])).toThrow(/"evil\.test".*Console → Workflows → Settings/);
    expect(() => assertHostAllowed(new URL('file:///etc/passwd'), ['*'])).toThrow(/Only http and https/);
    expect(() => assertHostAllowed(new URL('https://good.test/x'), ['good.test'])).not.toThrow();
  });
});
