// One PrismaClient on a pg pool through @prisma/adapter-pg (no engine binary), plus its shutdown.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface TransactionDefaults {
  /** How long to wait for a pooled connection (ms). */
  maxWait: number;
  /** How long one interactive transaction may run (ms). */
  timeout: number;
}

export interface Database {
  client: PrismaClient;
  /** The underlying pool, for the outbox relay's raw row locking; repositories use `client`. */
  pool: pg.Pool;
  transactionDefaults: TransactionDefaults;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  url: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  transactionDefaults?: Partial<TransactionDefaults>;
}

export function createDatabase(opts: CreateDatabaseOptions): Database {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closed: Promise<void> | null = null;
  return {
    client,
    pool,
    // Prisma's defaults (2 s / 5 s) are too tight when many requests share a small pool.
    transactionDefaults: { maxWait: 10_000, timeout: 15_000, ...opts.transactionDefaults },
    close() {
      closed ??= client.$disconnect().then(() => pool.end());
      return closed;
    },
  };
}
