// Request context carried through async calls: who is asking, for which tenant.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from './errors';

export interface RequestContext {
  requestId: string;
  tenantId: string | null;
  userId: string | null;
  roles: string[];
  scopes: string[];
  /** Set when the caller authenticated with an API key. */
  apiKeyId: string | null;
  /**
   * Effective permissions in `tenantId`, worked out by tenancy when the gateway resolved the caller
   * (roles ∩ API-key scopes, custom roles included). `authorize()` checks these and nothing else.
   */
  permissions: string[];
  /** The tenant's plan limits (name → max, -1 unlimited), for in-app quota checks. */
  limits: Record<string, number>;
  /** Client IP as the gateway saw it (audit log, API-key last-used). */
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function anonymousContext(requestId: string = randomUUID()): RequestContext {
  return { requestId, tenantId: null, userId: null, roles: [], scopes: [], apiKeyId: null, permissions: [], limits: {}, ip: null };
}

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function requireTenant(ctx: RequestContext | undefined = currentContext()): string {
  if (!ctx?.tenantId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This operation needs a tenant: send an API key (x-api-key) or a bearer token for an organisation.');
  return ctx.tenantId;
}

export function requireUser(ctx: RequestContext | undefined = currentContext()): string {
  if (!ctx?.userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first: this operation needs a signed-in user.');
  return ctx.userId;
}
