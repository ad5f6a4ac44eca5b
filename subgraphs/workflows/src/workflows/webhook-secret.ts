// Webhook secrets: random, sealed at rest with the platform key, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { open, seal } from '@nexus/kernel/crypto/aead';

/** 32 random bytes, base64url: safe in a URL path segment. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sealSecret(key: Buffer, plaintext: string): string {
  return seal(key, Buffer.from(plaintext, 'utf8')).toString('base64');
}

export function openSecret(key: Buffer, sealed: string): string {
  return open(key, Buffer.from(sealed, 'base64')).toString('utf8');
}

/** Hashing first gives equal lengths, so neither the content nor the length of the expected secret leaks. */
export function secretsMatch(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}
