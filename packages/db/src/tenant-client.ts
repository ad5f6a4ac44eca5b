// Tenant-scoped transactions: every query of the callback runs after `app.*` settings that RLS reads.
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import type { Database } from './create-database';
import type { Prisma } from './generated/prisma/client';

/** The only client repositories receive: one interactive transaction with the tenant settings applied. */
export type TenantTx = Prisma.TransactionClient;

export interface TenantScope {
  /** null only for look-ups that happen before the tenant is known (API-key authentication). */
  tenantId: string | null;
  /** Lets a user see their own memberships in every tenant. */
  userId?: string | null;
  /** Lets authentication find one API key by its public prefix. */
  apiKeyPrefix?: string | null;
}

function checkUuid(field: string, value: string | null | undefined): void {
  if (value != null && !isUuid(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a UUID.`, { field });
}

/**
 * Runs fn in ONE transaction whose first statement sets app.tenant_id (and app.user_id /
 * app.api_key_prefix when given) with `is_local = true`, so the settings die with the
 * transaction and never leak to the next user of the pooled connection.
 */
export async function withTenant<T>(db: Database, scope: TenantScope, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  checkUuid('tenantId', scope.tenantId);
  checkUuid('userId', scope.userId);
  return db.client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${scope.tenantId ?? ''}, true),
                                set_config('app.user_id', ${scope.userId ?? ''}, true),
                                set_config('app.api_key_prefix', ${scope.apiKeyPrefix ?? ''}, true)`;
    return fn(tx);
  }, db.transactionDefaults);
}

const bypassChecked = new WeakMap<Database, Promise<boolean>>();

/**
 * A transaction for the outbox relay and system jobs on the worker database (role nexus_worker,
 * BYPASSRLS). Refuses to run on a database whose role RLS binds: it would silently see nothing.
 */
export async function withSystem<T>(db: Database, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  let check = bypassChecked.get(db);
  if (!check) {
    check = db.client.$queryRaw<{ bypass: boolean }[]>`SELECT rolbypassrls OR rolsuper AS bypass FROM pg_roles WHERE rolname = current_user`.then((r) => r[0]?.bypass === true);
    bypassChecked.set(db, check);
  }
  if (!(await check)) throw new Error('withSystem needs the worker database (a BYPASSRLS role such as nexus_worker); use withTenant for application work.');
  return db.client.$transaction(fn, db.transactionDefaults);
}
