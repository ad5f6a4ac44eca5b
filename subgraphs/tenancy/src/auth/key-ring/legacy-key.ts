// The signing key used before keys were stored in the database: JWT_PRIVATE_JWK, or the embedded mode's key file.
import { existsSync, readFileSync } from 'node:fs';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { ZStoredKey, type TStoredKey } from './ring-key';

export interface LegacyKeySource {
  /** JWT_PRIVATE_JWK, when set. */
  privateJwk?: string;
  /** `<DATA_DIR>/keys/jwt-ed25519.json`, read when present. */
  keyFile?: string;
}

/**
 * The key to seed an empty ring with, so tokens issued before the ring existed stay valid; null when there is none.
 * Its kid is kept as issued (tokens name it), defaulting to the JWK thumbprint as `generateJwtKeys` did.
 */
export async function readLegacyKey(source: LegacyKeySource, createdAt: number): Promise<TStoredKey | null> {
  let json = source.privateJwk;
  let origin = 'JWT_PRIVATE_JWK';
  if (!json && source.keyFile && existsSync(source.keyFile)) {
    json = readFileSync(source.keyFile, 'utf8');
    origin = source.keyFile;
  }
  if (!json) return null;
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new DomainError(ErrorCode.INTERNAL, `${origin} is not JSON (expected an Ed25519 private JWK).`);
  }
  const stored = ZStoredKey.safeParse({ kid: jwk.kid ?? (await calculateJwkThumbprint(jwk)), createdAt, retireAt: null, privateJwk: jwk });
  // Field names only: the value is a private key.
  if (!stored.success) throw new DomainError(ErrorCode.INTERNAL, `${origin} is not an Ed25519 private JWK (check: ${stored.error.issues.map((i) => i.path.join('.')).join(', ')}).`);
  return stored.data;
}
