// Rate-limit identity: forwarded addresses count only when a trusted proxy forwarded them.
import { expect, it } from 'vitest';
import { clientIpOf } from './client-ip';

const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as never;

it('uses the socket peer when it is not a trusted proxy, whatever it claims', () => {
  expect(clientIpOf(req('203.0.113.9', '198.51.100.1'))).toBe('203.0.113.9');
});

it('uses the forwarded client when the web app on loopback forwards it', () => {
  expect(clientIpOf(req('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7');
  expect(clientIpOf(req('::ffff:127.0.0.1', '198.51.100.7, 127.0.0.1'))).toBe('198.51.100.7');
});

it('takes the right-most untrusted hop, so a client cannot prepend a fake address', () => {
  expect(clientIpOf(req('127.0.0.1', '10.9.9.9, 198.51.100.7'))).toBe('198.51.100.7');
});

it('falls back to the peer without a forwarded header', () => {
  expect(clientIpOf(req('127.0.0.1'))).toBe('127.0.0.1');
});
