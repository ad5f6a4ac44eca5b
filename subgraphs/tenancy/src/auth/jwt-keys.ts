// The platform token's shape (issuer, audience, claims) and a single in-memory key for tests; production keys rotate (key-ring/signing-keys.ts).
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, jwtVerify, type JWK, type JWTPayload } from 'jose';

export const JWT_ISSUER = 'nexus-forge';
export const JWT_AUDIENCE = 'nexus-forge';
const TOKEN_TTL = '12h';

export interface TokenClaims {
  userId: string;
  tenantId: string | null;
  roles: string[];
  scopes: string[];
}

export interface JwtKeys {
  sign(claims: TokenClaims): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
  jwks(): { keys: JWK[] };
}

async function fromPrivateJwk(privateJwk: JWK): Promise<JwtKeys> {
  const kid = privateJwk.kid ?? (await calculateJwkThumbprint(privateJwk));
  const privateKey = await importJWK(privateJwk, 'EdDSA');
  const { d: _d, ...publicJwk } = privateJwk;
  const publicKey = await importJWK(publicJwk, 'EdDSA');
  const published: JWK = { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' };
  return {
    sign: (c) =>
      new SignJWT({ tid: c.tenantId ?? undefined, roles: c.roles, scopes: c.scopes })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setSubject(c.userId)
        .setIssuer(JWT_ISSUER)
        .setAudience(JWT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(TOKEN_TTL)
        .sign(privateKey),
    verify: async (token) => (await jwtVerify(token, publicKey, { issuer: JWT_ISSUER, audience: JWT_AUDIENCE })).payload,
    jwks: () => ({ keys: [published] }),
  };
}

export async function generateJwtKeys(): Promise<{ keys: JwtKeys; privateJwk: JWK }> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateJwk = await exportJWK(privateKey);
  privateJwk.kid = await calculateJwkThumbprint(privateJwk);
  return { keys: await fromPrivateJwk(privateJwk), privateJwk };
}
