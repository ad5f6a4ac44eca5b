// Sealing round-trips, never repeats an IV, and refuses a wrong key or altered bytes.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal } from './aead';

const key = randomBytes(32);
const secret = Buffer.from('-----BEGIN PRIVATE KEY----- not really');

describe('seal/open', () => {
  it('round-trips and lays out iv | tag | ciphertext', () => {
    const sealed = seal(key, secret);
    expect(sealed.length).toBe(12 + 16 + secret.length);
    expect(sealed.includes(secret)).toBe(false);
    expect(open(key, sealed).equals(secret)).toBe(true);
  });

  it('uses a fresh IV each time, so equal plaintexts seal differently', () => {
    expect(seal(key, secret).equals(seal(key, secret))).toBe(false);
  });

  it('refuses the wrong key', () => {
    expect(() => open(randomBytes(32), seal(key, secret))).toThrow(/does not open/);
  });

  it('refuses a flipped ciphertext, tag or IV byte', () => {
    for (const at of [0, 12, 28]) {
      const sealed = seal(key, secret);
      sealed[at]! ^= 1;
      expect(() => open(key, sealed)).toThrow(/does not open/);
    }
  });

  it('refuses keys that are not 32 bytes and inputs too short to hold an IV and tag', () => {
    expect(() => seal(randomBytes(16), secret)).toThrow(/32-byte/);
    expect(() => open(key, Buffer.alloc(10))).toThrow(/too short/);
  });
});
