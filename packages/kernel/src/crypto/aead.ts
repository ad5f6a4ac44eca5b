// AES-256-GCM sealing for secrets at rest (certificate and signing private keys): one buffer, iv | tag | ciphertext.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';

const IV_BYTES = 12;
const TAG_BYTES = 16;

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new DomainError(ErrorCode.INTERNAL, `AES-256-GCM needs a 32-byte key (got ${key.length} bytes).`);
}

/** Encrypts with a fresh random IV; the tag makes any change to the sealed bytes detectable. */
export function seal(key: Buffer, plaintext: Buffer): Buffer {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

/** Decrypts a `seal` result; throws INTERNAL (without echoing anything) for a wrong key or tampered bytes. */
export function open(key: Buffer, sealed: Buffer): Buffer {
  checkKey(key);
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DomainError(ErrorCode.INTERNAL, 'Sealed value is too short to be AES-256-GCM output.');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DomainError(ErrorCode.INTERNAL, 'Sealed value does not open with this key (wrong ENCRYPTION_KEY, or the data was altered).');
  }
}
