// Rotating platform signing keys: one current key signs, retired keys stay in the JWKS until their last token expires.
import { jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { z } from 'zod';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { JWT_AUDIENCE, JWT_ISSUER, type TokenClaims } from '../jwt-keys';
import { joseFailure } from '../jose-failure';
import { generateRingKey, restoreRingKey, toStoredKey, ZStoredKey, type RingKey } from './ring-key';

export interface KeyRingOptions {
  /** Epoch milliseconds; injectable so rotation can be tested without waiting. */
  now?: () => number;
  tokenTtlSeconds?: number;
  rotateAfterSeconds?: number;
}

export interface KeyInfo {
  kid: string;
  createdAt: number;
  /** When `rotateIfDue` will replace this key. */
  rotateAt: number;
}

export interface KeyRing {
  /** Creates the first signing key; CONFLICT if the ring already has one (use `rotate`). */
  generate(): Promise<KeyInfo>;
  /** New current key; the previous one is retired and kept until every token it signed has expired. */
  rotate(): Promise<KeyInfo>;
  /** Rotates when the current key is older than `rotateAfterSeconds`, then prunes; true when it rotated. */
  rotateIfDue(): Promise<boolean>;
  /** Drops retired keys whose tokens have all expired; returns their kids. */
  prune(): string[];
  current(): KeyInfo;
  jwks(): { keys: JWK[] };
  sign(claims: TokenClaims): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
  /** JSON with private keys: store it as a secret. */
  export(): string;
  /** Replaces the ring's keys with an `export()`ed ring; BAD_USER_INPUT if it is not one. */
  import(json: string): Promise<void>;
}

const ZStoredRing = z.object({
  version: z.literal(1),
  current: ZStoredKey.nullable(),
  retired: z.array(ZStoredKey.extend({ retireAt: z.number().int() })),
});

const SUBJECT = 'platform token';

export function createKeyRing(opts: KeyRingOptions = {}): KeyRing {
  const now = opts.now ?? Date.now;
  const ttlMs = (opts.tokenTtlSeconds ?? 43_200) * 1000;
  const rotateAfterMs = (opts.rotateAfterSeconds ?? 7 * 86_400) * 1000;
  let currentKey: RingKey | null = null;
  let retired: RingKey[] = [];

  const requireCurrent = (): RingKey => {
    if (!currentKey) throw new DomainError(ErrorCode.INTERNAL, 'key ring has no signing key; call generate() or import() first');
    return currentKey;
  };
  const info = (k: RingKey): KeyInfo => ({ kid: k.kid, createdAt: k.createdAt, rotateAt: k.createdAt + rotateAfterMs });
  // A retired key past retireAt can only vouch for expired tokens, so it is untrusted even before prune().
  const trusted = (): RingKey[] => [...(currentKey ? [currentKey] : []), ...retired.filter((k) => k.retireAt !== null && k.retireAt > now())];

  const ring: KeyRing = {
    async generate() {
      if (currentKey) throw new DomainError(ErrorCode.CONFLICT, 'key ring already has a signing key; use rotate()');
      currentKey = await generateRingKey(now());
      return info(currentKey);
    },
    async rotate() {
      const next = await generateRingKey(now());
      // Read the current key after the await so concurrent rotations each retire the key they replace.
      if (currentKey) retired.push({ ...currentKey, retireAt: now() + ttlMs });
      currentKey = next;
      return info(next);
    },
    async rotateIfDue() {
      const due = !currentKey || now() >= currentKey.createdAt + rotateAfterMs;
      if (due) await ring.rotate();
      ring.prune();
      return due;
    },
    prune() {
      const t = now();
      const dropped = retired.filter((k) => k.retireAt === null || k.retireAt <= t).map((k) => k.kid);
      retired = retired.filter((k) => !dropped.includes(k.kid));
      return dropped;
    },
    current: () => info(requireCurrent()),
    jwks: () => ({ keys: trusted().map((k) => ({ ...k.publicJwk })) }),
    sign(c) {
      const key = requireCurrent();
      const iat = Math.floor(now() / 1000);
      return new SignJWT({ tid: c.tenantId ?? undefined, roles: c.roles, scopes: c.scopes })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
        .setSubject(c.userId)
        .setIssuer(JWT_ISSUER)
        .setAudience(JWT_AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlMs / 1000)
        .sign(key.privateKey);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(
          token,
          (header) => {
            const key = trusted().find((k) => k.kid === header.kid);
            if (!key) throw new DomainError(ErrorCode.UNAUTHENTICATED, `${SUBJECT}: signing key (kid) unknown or retired`);
            return key.publicKey;
          },
          { issuer: JWT_ISSUER, audience: JWT_AUDIENCE, algorithms: ['EdDSA'], requiredClaims: ['exp', 'sub'], currentDate: new Date(now()) },
        );
        return payload;
      } catch (e) {
        throw joseFailure(e, SUBJECT) ?? e;
      }
    },
    export: () =>
      JSON.stringify({ version: 1, current: currentKey ? toStoredKey(currentKey) : null, retired: retired.map(toStoredKey) }),
    async import(json) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'key ring export is not valid JSON');
      }
      const result = ZStoredRing.safeParse(parsed);
      if (!result.success) {
        // Paths only: the input holds private keys, which must not end up in an error message.
        const where = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `key ring export is invalid at: ${where}`);
      }
      const restored = await Promise.all([result.data.current, ...result.data.retired].map((k) => (k ? restoreRingKey(k) : null)));
      // Swap only once every key imported, so a bad export leaves the ring as it was.
      currentKey = restored[0] ?? null;
      retired = restored.slice(1).filter((k): k is RingKey => k !== null);
    },
  };
  return ring;
}
