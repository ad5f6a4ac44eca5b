// Checks a customer's custom domain before any ACME traffic: a public hostname that http-01 can validate.
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';

const MAX_NAME_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const reject = (message: string): never => {
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'domain' });
};

/**
 * Returns the domain in the form certificates carry (lower case, punycode, no trailing dot),
 * or throws DomainError BAD_USER_INPUT on `domain` saying what is wrong.
 * Which TLDs are real (public suffix list, `.test`, …) is policy for the custom-domain service, not syntax.
 */
export function normalizeDomain(input: string): string {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  if (trimmed === '') return reject('Enter a domain name, such as shop.example.com.');
  if (trimmed.includes('*')) return reject('Wildcard domains need DNS validation; enter one hostname, such as shop.example.com.');
  if (isIP(trimmed.replace(/^\[|\]$/g, '')) !== 0) return reject('Certificates are issued for domain names, not IP addresses.');
  if (/[\s/:@?#\\]/.test(trimmed)) return reject('Enter the domain name only, without a scheme, port, path or spaces.');

  const withoutDot = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  // Unicode names become their punycode (xn--) form, which is what DNS and certificates hold.
  const ascii = /^[\x21-\x7e]*$/.test(withoutDot) ? withoutDot.toLowerCase() : domainToASCII(withoutDot);
  if (ascii === '') return reject('This is not a valid domain name.');
  if (ascii.length > MAX_NAME_LENGTH) return reject(`A domain name has at most ${MAX_NAME_LENGTH} characters.`);

  const labels = ascii.split('.');
  if (labels.length < 2) return reject('Enter a full domain name, such as shop.example.com.');
  for (const label of labels) {
    if (label.length === 0) return reject('A domain name cannot have empty parts (two dots in a row).');
    if (label.length > 63) return reject('Each part of a domain name has at most 63 characters.');
    if (!LABEL.test(label)) return reject('Use only letters, digits and hyphens, and do not start or end a part with a hyphen.');
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return reject('Certificates are issued for domain names, not IP addresses.');
  if (labels[labels.length - 1] === 'localhost') return reject('localhost names cannot get a public certificate.');
  return ascii;
}
