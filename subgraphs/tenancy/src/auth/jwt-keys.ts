// The platform's EdDSA signing key: issues user tokens and publishes the JWKS the gateway verifies with.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** From `JWT_PRIVATE_JWK` when set (production), else a key kept in the data dir (embedded mode). */
export async function loadJwtKeys(opts: { privateJwk?: string; keyFile: string }): Promise<JwtKeys> {
  if (opts.privateJwk) return fromPrivateJwk(JSON.parse(opts.privateJwk) as JWK);
  if (existsSync(opts.keyFile)) return fromPrivateJwk(JSON.parse(readFileSync(opts.keyFile, 'utf8')) as JWK);
  const { keys, privateJwk } = await generateJwtKeys();
  mkdirSync(dirname(opts.keyFile), { recursive: true });
  writeFileSync(opts.keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
  return keys;
}
