// http-01 tokens in the acme_challenges table (worker database), so any tenancy replica, and through it the gateway, can answer the CA.
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../../db';
import type { ChallengeLookup, ChallengeStore } from './challenge-store';

/** A CA fetches the token within minutes; an hour leaves room for slow orders and nothing more. */
const TOKEN_TTL_MS = 60 * 60 * 1000;

export function createDbChallengeStore(workerDb: Database): ChallengeStore & ChallengeLookup & { sweep(now?: Date): Promise<number> } {
  return {
    async set(token, keyAuthorization, hostname = '') {
      const expiresAt = new Date(Date.now() + TOKEN_TTL_MS);
      await withSystem(workerDb, (tx) =>
        tx.acmeChallenge.upsert({ where: { token }, create: { token, keyAuthorization, hostname, expiresAt }, update: { keyAuthorization, hostname, expiresAt } }),
      );
    },
    async delete(token) {
      await withSystem(workerDb, (tx) => tx.acmeChallenge.deleteMany({ where: { token } }));
    },
    async get(token) {
      const row = await withSystem(workerDb, (tx) => tx.acmeChallenge.findFirst({ where: { token, expiresAt: { gt: new Date() } } }));
      return row?.keyAuthorization;
    },
    /** Drops tokens an interrupted order left behind. */
    async sweep(now = new Date()) {
      return (await withSystem(workerDb, (tx) => tx.acmeChallenge.deleteMany({ where: { expiresAt: { lte: now } } }))).count;
    },
  };
}
