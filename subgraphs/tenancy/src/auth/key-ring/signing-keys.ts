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
import { planMaintenance, ringAt, type ScheduleOptions } from './key-schedule';

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
  /** How long before it signs a new key is published (default 1 h, at most half the rotation period). */
  publishAheadMs?: number;
}

export interface SigningKeys extends JwtKeys {
  /**
   * Publishes the next key ahead of time when rotation nears (or creates one signing at once: first start, `force`),
   * retires superseded keys, deletes expired ones; true when the table changed. One replica at a time (advisory lock).
   */
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
  const rotateAfterMs = o.rotationDays * 86_400_000;
  const reloadIntervalMs = o.reloadIntervalMs ?? 300_000;
  const schedule: ScheduleOptions = {
    rotateAfterMs,
    publishAheadMs: o.publishAheadMs ?? Math.min(3_600_000, rotateAfterMs / 2),
    // A replica that missed a change signs with the old key until its next timed reload: keep the key that much longer.
    keepRetiredMs: TOKEN_TTL_SECONDS * 1000 + reloadIntervalMs,
  };
  const newRing = () => createKeyRing({ now, tokenTtlSeconds: TOKEN_TTL_SECONDS, rotateAfterSeconds: rotateAfterMs / 1000 });
  let ring: KeyRing = newRing();
  let nextSwitch: number | null = null;
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
      const rows = await SigningKeyRepository.all(tx);
      const plan = planMaintenance(rows, t, schedule, force);
      if (plan.createAt !== null) {
        // The very first key: the one tokens were signed with before keys were stored, when there is one.
        const seed = rows.length === 0 ? await readLegacyKey(o.legacy ?? {}, t) : null;
        await SigningKeyRepository.insert(tx, sealRow(seed ?? toStoredKey(await generateRingKey(plan.createAt))));
        if (seed) o.logger.info({ kid: seed.kid }, 'signing keys: imported the existing key into the key table');
      }
      if (plan.retire) await SigningKeyRepository.retire(tx, plan.retire.kids, new Date(plan.retire.retiredAt), new Date(plan.retire.retiredAt + schedule.keepRetiredMs));
      // Last, so a key retired late (nobody ran this for a while) and already past its expiry goes in the same pass.
      const deleted = await SigningKeyRepository.deleteExpired(tx, new Date(t));
      const changed = plan.createAt !== null || plan.retire !== null || deleted.length > 0;
      if (changed) o.logger.info({ createAt: plan.createAt && new Date(plan.createAt).toISOString(), retired: plan.retire?.kids ?? [], deleted }, 'signing keys changed');
      return changed;
    });
  }

  async function reload(): Promise<void> {
    const seq = ++loads;
    const rows = await withSystem(o.workerDb, (tx) => SigningKeyRepository.all(tx));
    const at = ringAt(rows, now(), schedule);
    if (!at.signer) throw new Error('signing keys: the key table has no key that signs now (run maintain() first)');
    const others: TStoredKey[] = [];
    for (const { key, retireAt } of at.others) {
      try {
        others.push(unseal(key, retireAt));
      } catch (e) {
        // A key that no longer opens only costs the tokens it vouches for; the signing key must open (below).
        o.logger.error({ kid: key.kid, err: (e as Error).message }, 'signing keys: cannot open a key; tokens it signed will be refused');
      }
    }
    const next = newRing();
    await next.import(JSON.stringify({ version: 1, current: unseal(at.signer, null), retired: others }));
    // Reloads can overlap (timer, message, switch): only a newer load replaces the ring.
    if (seq > applied) {
      applied = seq;
      ring = next;
      nextSwitch = at.nextSwitch;
    }
  }

  const report = (what: string) => (e: unknown) => o.logger.error({ err: e }, `signing keys: ${what} failed`);
  async function rotate(opts: { force?: boolean; wait?: boolean } = {}): Promise<boolean> {
    const changed = await maintain(opts);
    if (changed) {
      await reload();
      await o.pubsub.publish(KEYS_ROTATED_TOPIC, { at: new Date(now()).toISOString() });
    }
    return changed;
  }

  await maintain({ wait: true });
  await reload();
  const checkTimer = setInterval(() => void rotate().catch(report('rotation check')), o.checkIntervalMs ?? 600_000);
  const reloadTimer = setInterval(() => void reload().catch(report('reload')), reloadIntervalMs);
  checkTimer.unref();
  reloadTimer.unref();
  const subscription = o.pubsub.subscribe<unknown>(KEYS_ROTATED_TOPIC);
  const listening = (async () => {
    for await (const _ of subscription) await reload().catch(report('reload after rotation message'));
  })().catch(report('rotation listener'));

  return {
    async sign(claims) {
      // The published next key takes over at its start time on every replica, message or not.
      if (nextSwitch !== null && now() >= nextSwitch) await reload().catch(report('switch to the next key'));
      return ring.sign(claims);
    },
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
