// Rows of `signing_keys` (worker database only): the persisted key ring, private halves sealed.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../../db';

export interface SigningKeyRow {
  kid: string;
  publicJwk: Prisma.JsonValue;
  privateKeyEnc: Uint8Array;
  createdAt: Date;
  retiredAt: Date | null;
  expiresAt: Date | null;
}

// Any fixed 64-bit number works; this one is "nexus jwt keys" folded into a bigint, so no other lock collides by accident.
const ROTATION_LOCK = 0x6e786a77746bn;

export const SigningKeyRepository = {
  all: (tx: Tx): Promise<SigningKeyRow[]> => tx.signingKey.findMany({ orderBy: { createdAt: 'desc' } }),

  insert: (tx: Tx, row: Omit<SigningKeyRow, 'retiredAt' | 'expiresAt'>) =>
    tx.signingKey.create({ data: { kid: row.kid, publicJwk: row.publicJwk as Prisma.InputJsonValue, privateKeyEnc: Buffer.from(row.privateKeyEnc), createdAt: row.createdAt } }),

  retire: (tx: Tx, kids: string[], retiredAt: Date, expiresAt: Date) =>
    tx.signingKey.updateMany({ where: { kid: { in: kids }, retiredAt: null }, data: { retiredAt, expiresAt } }),

  deleteExpired: async (tx: Tx, now: Date): Promise<string[]> => {
    const gone = await tx.signingKey.findMany({ where: { expiresAt: { lte: now } }, select: { kid: true } });
    if (gone.length) await tx.signingKey.deleteMany({ where: { kid: { in: gone.map((g) => g.kid) } } });
    return gone.map((g) => g.kid);
  },

  /** Transaction-scoped advisory lock: one replica rotates at a time; `wait: false` gives up instead of queueing. */
  lock: async (tx: Tx, wait: boolean): Promise<boolean> => {
    if (wait) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROTATION_LOCK})`;
      return true;
    }
    const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ROTATION_LOCK}) AS locked`;
    return row?.locked === true;
  },
};
