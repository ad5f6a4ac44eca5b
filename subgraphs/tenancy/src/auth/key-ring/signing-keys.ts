// The platform's signing keys, persisted: every replica loads the ring from `signing_keys`; one at a time rotates it.
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { open, seal } from '@nexus/kernel/crypto/aead';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../../db';
import type { JwtKeys } from '../jwt-keys';
import { createKeyRing, type KeyInfo, type KeyRing } from './key-ring';
import { readLegacyKey, type LegacyKeySource } from './legacy-key';
import { generateRingKey, toStoredKey, type TStoredKey } from './ring-key';
import { SigningKeyRepository, type SigningKeyRow } from './signing-key-repository';

/** Published after a rotation or prune; every replica reloads the ring from the table. */
export const KEYS_ROTATED_TOPIC = 'auth.keys-rotated';
export const TOKEN_TTL_SECONDS = 43_200;

export interface SigningKeysOptions {
  workerDb: Database;
  pubsub: PubSub;
  /** AES-256-GCM key sealing the private JWKs in the table. */
  encryptionKey: Buffer;
  /** The signing key is replaced once it is this old. */
  rotationDays: number;
  /** Seeds an empty table, so tokens signed before keys were stored stay valid. */
  legacy?: LegacyKeySource;
  logger: Logger;
  /** Epoch ms; injectable so tests rotate without waiting a month. */
  now?: () => number;
  /** Rotation/prune check period (default 10 min). */
  checkIntervalMs?: number;
  /** Reload period for replicas that missed a message (default 5 min). */
  reloadIntervalMs?: number;
}

export interface SigningKeys extends JwtKeys {
  /** Rotates when due (or `force`), retires extra active keys, deletes expired ones; true when the table changed. */
  maintain(opts?: { force?: boolean; wait?: boolean }): Promise<boolean>;
  /** `maintain`, then on a change reloads this ring and tells every replica to reload theirs. */
  rotate(opts?: { force?: boolean; wait?: boolean }): Promise<boolean>;
  /** Rebuilds the in-memory ring from the table. */
  reload(): Promise<void>;
  current(): KeyInfo;
  close(): Promise<void>;
}

export async function openSigningKeys(o: SigningKeysOptions): Promise<SigningKeys> {
  const now = o.now ?? Date.now;
  const ttlMs = TOKEN_TTL_SECONDS * 1000;
  const rotateAfterMs = o.rotationDays * 86_400_000;
  const reloadIntervalMs = o.reloadIntervalMs ?? 300_000;
  // A replica that missed the rotation message signs with the old key until its next timed reload: keep the key that much longer.
  const keepRetiredMs = ttlMs + reloadIntervalMs;
  let ring: KeyRing = createKeyRing({ now, tokenTtlSeconds: TOKEN_TTL_SECONDS, rotateAfterSeconds: rotateAfterMs / 1000 });
  let loads = 0;
  let applied = 0;

  const sealRow = (k: TStoredKey) => ({
    kid: k.kid,
    publicJwk: { kty: k.privateJwk.kty, crv: k.privateJwk.crv, x: k.privateJwk.x, kid: k.kid, alg: 'EdDSA', use: 'sig' },
    privateKeyEnc: seal(o.encryptionKey, Buffer.from(JSON.stringify(k.privateJwk))),
    createdAt: new Date(k.createdAt),
  });
  const unseal = (row: SigningKeyRow, retireAt: number | null): TStoredKey => ({
    kid: row.kid,
    createdAt: row.createdAt.getTime(),
    retireAt,
    privateJwk: JSON.parse(open(o.encryptionKey, Buffer.from(row.privateKeyEnc)).toString('utf8')),
  });

  async function maintain({ force = false, wait = false } = {}): Promise<boolean> {
    return withSystem(o.workerDb, async (tx) => {
      if (!(await SigningKeyRepository.lock(tx, wait))) return false;
      const t = now();
      const deleted = await SigningKeyRepository.deleteExpired(tx, new Date(t));
      const rows = await SigningKeyRepository.all(tx);
      const active = rows.filter((r) => !r.retiredAt);
      const due = force || !active[0] || t >= active[0].createdAt.getTime() + rotateAfterMs;
      if (due) {
        const seed = rows.length === 0 ? await readLegacyKey(o.legacy ?? {}, t) : null;
        await SigningKeyRepository.insert(tx, sealRow(seed ?? toStoredKey(await generateRingKey(t))));
        if (seed) o.logger.info({ kid: seed.kid }, 'signing keys: imported the existing key into the key table');
      }
      // Only the newest active key signs; older active rows (a race before locking existed) are retired too.
      const retire = active.slice(due ? 0 : 1).map((r) => r.kid);
      if (retire.length) await SigningKeyRepository.retire(tx, retire, new Date(t), new Date(t + keepRetiredMs));
      if (due || retire.length || deleted.length) o.logger.info({ rotated: due, retired: retire, deleted }, 'signing keys changed');
      return due || retire.length > 0 || deleted.length > 0;
    });
  }

  async function reload(): Promise<void> {
    const seq = ++loads;
    const rows = await withSystem(o.workerDb, (tx) => SigningKeyRepository.all(tx));
    const [current, ...others] = rows.filter((r) => !r.retiredAt);
    if (!current) throw new Error('signing keys: the key table has no active key (run maintain() first)');
    const retired: TStoredKey[] = [];
    for (const row of [...others, ...rows.filter((r) => r.retiredAt)]) {
      try {
        retired.push(unseal(row, row.expiresAt?.getTime() ?? now() + keepRetiredMs));
      } catch (e) {
        // A retired key that no longer opens only costs its remaining tokens; the signing key must open (below).
        o.logger.error({ kid: row.kid, err: (e as Error).message }, 'signing keys: cannot open a retired key; its tokens will be refused');
      }
    }
    const next = createKeyRing({ now, tokenTtlSeconds: TOKEN_TTL_SECONDS, rotateAfterSeconds: rotateAfterMs / 1000 });
    await next.import(JSON.stringify({ version: 1, current: unseal(current, null), retired }));
    // Reloads can overlap (timer + message): only a newer load replaces the ring.
    if (seq > applied) {
      applied = seq;
      ring = next;
    }
  }

  await maintain({ wait: true });
  await reload();

  const report = (what: string) => (e: unknown) => o.logger.error({ err: e }, `signing keys: ${what} failed`);
  async function rotate(opts: { force?: boolean; wait?: boolean } = {}): Promise<boolean> {
    const changed = await maintain(opts);
    if (changed) {
      await reload();
      await o.pubsub.publish(KEYS_ROTATED_TOPIC, { at: new Date(now()).toISOString() });
    }
    return changed;
  }
  const checkTimer = setInterval(() => void rotate().catch(report('rotation check')), o.checkIntervalMs ?? 600_000);
  const reloadTimer = setInterval(() => void reload().catch(report('reload')), reloadIntervalMs);
  checkTimer.unref();
  reloadTimer.unref();
  const subscription = o.pubsub.subscribe<unknown>(KEYS_ROTATED_TOPIC);
  const listening = (async () => {
    for await (const _ of subscription) await reload().catch(report('reload after rotation message'));
  })().catch(report('rotation listener'));

  return {
    sign: (claims) => ring.sign(claims),
    verify: (token) => ring.verify(token),
    jwks: () => ring.jwks(),
    current: () => ring.current(),
    maintain,
    rotate,
    reload,
    async close() {
      clearInterval(checkTimer);
      clearInterval(reloadTimer);
      await subscription.return();
      await listening;
    },
  };
}

