// Hashing shared by blob adapters: the key is hex sha512, the integrity string npm's `sha512-<base64>`.
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';
import type { BlobInfo } from '../ports/blob-store';

export function describeBlob(bytes: Buffer): BlobInfo {
  const digest = createHash('sha512').update(bytes).digest();
  return { key: digest.toString('hex'), integrity: `sha512-${digest.toString('base64')}`, size: bytes.length };
}

const KEY = /^[0-9a-f]{128}$/;

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A blob key is the hex sha512 of its bytes (128 hex characters).', { field: 'key' });
  return key;
}

/** Refuses bytes that no longer match their key (disk corruption, tampering). */
export function verifyBlob(key: string, bytes: Buffer): Buffer {
  if (describeBlob(bytes).key !== key) throw new DomainError(ErrorCode.INTERNAL, `Blob ${key.slice(0, 12)}… is corrupt: its bytes do not match its hash.`);
  return bytes;
}
