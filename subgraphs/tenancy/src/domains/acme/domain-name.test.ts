import { describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { normalizeDomain } from './domain-name';

function rejection(input: string): DomainError {
  try {
    normalizeDomain(input);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('normalizeDomain', () => {
  it.each([
    ['shop.example.com', 'shop.example.com'],
    ['  Shop.Example.COM. ', 'shop.example.com'],
    ['a-b.c1.io', 'a-b.c1.io'],
    ['bücher.example', 'xn--bcher-kva.example'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    ['', /Enter a domain name/],
    ['*.example.com', /Wildcard/],
    ['127.0.0.1', /IP addresses/],
    ['[::1]', /IP addresses/],
    ['256.1.1.1', /IP addresses/],
    ['https://shop.example.com', /without a scheme/],
    ['shop.example.com:8443', /without a scheme/],
    ['shop example.com', /without a scheme/],
    ['localhost', /full domain name/],
    ['app.localhost', /localhost/],
    ['com', /full domain name/],
    ['shop..example.com', /empty parts/],
    ['-shop.example.com', /hyphen/],
    ['shop_1.example.com', /hyphen/],
    [`${'a'.repeat(64)}.com`, /63 characters/],
    [`${'abcdefghi.'.repeat(26)}com`, /253 characters/],
  ])('rejects %j as BAD_USER_INPUT on the domain field', (input, message) => {
    const e = rejection(input);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('domain');
    expect(e.message).toMatch(message);
  });
});
