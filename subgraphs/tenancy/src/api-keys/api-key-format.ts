// API key format `nxk_<8-char prefix>_<43-char secret>`: the prefix finds the row, the hash proves the secret.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789';
const KEY_PATTERN = /^(nxk_[a-z2-9]{8})_([A-Za-z0-9_-]{43})$/;

function randomPrefix(): string {
  const bytes = randomBytes(8);
  return 'nxk_' + Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomPrefix();
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashKey(key) };
}

/** The prefix of a well-formed key, or null for anything else. */
export function parseApiKey(key: string): { prefix: string } | null {
  const m = KEY_PATTERN.exec(key);
  return m ? { prefix: m[1]! } : null;
}

export function keyMatches(key: string, secretHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(secretHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
