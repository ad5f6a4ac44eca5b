import { describe, expect, it } from 'vitest';
import { bareHost, mayBeCustomDomain, subdomainSlug } from './host-name';

describe('bareHost', () => {
  it.each([
    ['Shop.Example.COM:8443', 'shop.example.com'],
    ['shop.example.com.', 'shop.example.com'],
    ['localhost:4000', 'localhost'],
  ])('%j → %j', (input, expected) => expect(bareHost(input)).toBe(expected));
  it.each([null, '', '127.0.0.1:4000', '[::1]:4000', 'bad host', 'a/b.com'])('ignores %j', (input) => expect(bareHost(input)).toBeNull());
});

describe('subdomainSlug / mayBeCustomDomain', () => {
  it('finds one label in front of the base domain only', () => {
    expect(subdomainSlug('acme.nexus.dev', 'nexus.dev')).toBe('acme');
    expect(subdomainSlug('a.b.nexus.dev', 'nexus.dev')).toBeNull();
    expect(subdomainSlug('nexus.dev', 'nexus.dev')).toBeNull();
    expect(subdomainSlug('acme.nexus.dev', null)).toBeNull();
  });
  it('never asks about local names or the platform\'s own', () => {
    expect(mayBeCustomDomain('shop.example.com', 'nexus.dev')).toBe(true);
    expect(mayBeCustomDomain('acme.nexus.dev', 'nexus.dev')).toBe(false);
    expect(mayBeCustomDomain('localhost', null)).toBe(false);
    expect(mayBeCustomDomain('web.localhost', null)).toBe(false);
  });
});
