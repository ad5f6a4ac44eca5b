// The platform's at-rest encryption key (AES-256-GCM): from configuration, or kept in the data dir in embedded mode.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** ENCRYPTION_KEY is 32 bytes as base64 or hex; any other string is stretched with SHA-256 (dev only). */
export function encryptionKeyFrom(raw: string): Buffer {
  const b64 = Buffer.from(raw, 'base64');
  if (b64.length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(raw)) return b64;
  if (/^[0-9a-f]{64}$/i.test(raw)) return Buffer.from(raw, 'hex');
  return createHash('sha256').update(raw).digest();
}

/** The configured key, else one kept in the data dir (embedded mode), created on first start. */
export function loadEncryptionKey(configured: string | undefined, keyFile: string): Buffer {
  if (configured) return encryptionKeyFrom(configured);
  if (existsSync(keyFile)) return encryptionKeyFrom(readFileSync(keyFile, 'utf8').trim());
  const key = randomBytes(32);
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, key.toString('base64'), { mode: 0o600 });
  return key;
}
