// Host-name rules from permissions.hosts.
import { describe, expect, it } from 'vitest';
import { isHostPermitted } from './host-permissions.ts';

describe('isHostPermitted', () => {
  it('matches exact names case-insensitively, ignoring a trailing dot', () => {
    expect(isHostPermitted('API.Example.com', ['api.example.com'])).toBe(true);
    expect(isHostPermitted('api.example.com.', ['api.example.com'])).toBe(true);
    expect(isHostPermitted('www.example.com', ['api.example.com'])).toBe(false);
  });

  it('lets *.domain match any depth of sub-domain but not the domain itself or look-alikes', () => {
    const rules = ['*.example.com'];
    expect(isHostPermitted('a.example.com', rules)).toBe(true);
    expect(isHostPermitted('a.b.example.com', rules)).toBe(true);
    expect(isHostPermitted('example.com', rules)).toBe(false);
    expect(isHostPermitted('badexample.com', rules)).toBe(false);
    expect(isHostPermitted('example.com.evil.io', rules)).toBe(false);
  });

  it('never treats a bare or embedded * as "any host"', () => {
    expect(isHostPermitted('anything.io', ['*'])).toBe(false);
    expect(isHostPermitted('anything.io', ['*.'])).toBe(false);
    expect(isHostPermitted('api.example.com', ['api.*.com'])).toBe(false);
    expect(isHostPermitted('', [''])).toBe(false);
  });

  it('compares IP literals as written in the URL', () => {
    expect(isHostPermitted('127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(isHostPermitted('[::1]', ['[::1]'])).toBe(true);
    expect(isHostPermitted('127.0.0.2', ['127.0.0.1'])).toBe(false);
  });
});
