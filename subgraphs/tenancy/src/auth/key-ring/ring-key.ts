// One Ed25519 signing key of the key ring: generated or restored from its private JWK, and its persisted form.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { z } from 'zod';

export type VerifyKey = Awaited<ReturnType<typeof importJWK>>;

export interface RingKey {
  kid: string;
  privateJwk: JWK;
  /** Published in the JWKS with kid/alg/use so verifiers can pick it without guessing. */
  publicJwk: JWK;
  privateKey: VerifyKey;
  publicKey: VerifyKey;
  createdAt: number;
  /** Set once the key stops signing: the moment the last token it signed expires. */
  retireAt: number | null;
}

const ZPrivateJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(1), d: z.string().min(1) });

export const ZStoredKey = z.object({
  kid: z.string().min(1),
  createdAt: z.number().int(),
  retireAt: z.number().int().nullable(),
  privateJwk: ZPrivateJwk,
});
export type TStoredKey = z.infer<typeof ZStoredKey>;

export async function restoreRingKey(stored: TStoredKey): Promise<RingKey> {
  // Only the fields of an Ed25519 key: anything else in a stored JWK (ext, key_ops…) could change how it imports.
  const { kty, crv, x, d } = stored.privateJwk;
  const publicJwk: JWK = { kty, crv, x, kid: stored.kid, alg: 'EdDSA', use: 'sig' };
  return {
    kid: stored.kid,
    privateJwk: { kty, crv, x, d },
    publicJwk,
    privateKey: await importJWK({ kty, crv, x, d }, 'EdDSA'),
    publicKey: await importJWK({ kty, crv, x }, 'EdDSA'),
    createdAt: stored.createdAt,
    retireAt: stored.retireAt,
  };
}

export async function generateRingKey(createdAt: number): Promise<RingKey> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const privateJwk = ZPrivateJwk.parse(jwk);
  // Thumbprint kids are stable across export/import and never collide between distinct keys.
  const kid = await calculateJwkThumbprint(privateJwk);
  return restoreRingKey({ kid, createdAt, retireAt: null, privateJwk });
}

export const toStoredKey = (k: RingKey): TStoredKey => ({
  kid: k.kid,
  createdAt: k.createdAt,
  retireAt: k.retireAt,
  privateJwk: ZPrivateJwk.parse(k.privateJwk),
});
