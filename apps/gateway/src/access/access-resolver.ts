// The gateway's access step: asks tenancy what the identified caller may do in their tenant, caches it 30 s,
// and forgets a tenant's (or one user's) grants the moment tenancy announces a change.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ErrorCode } from '@nexus/kernel/errors';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Logger } from '@nexus/kernel/logger';
import type { Identity } from '../auth/identity';
import { gatewayError, unavailable } from '../errors';
import type { AccessGrant, ResolveAccess } from '../use-request-context';
import { askTenancy, TenancyCallFailed } from '../tenancy-client';

/** Tenancy publishes `{ tenantId, userId? }` here after a role, membership, custom-role, key or plan change. */
export const ACCESS_CHANGED_TOPIC = 'auth.access-changed';
export const ACCESS_CACHE_TTL_SECONDS = 30;
/** A refusal is cached briefly: enough to absorb a retry storm, short enough that a new member gets in quickly. */
const REFUSAL_CACHE_TTL_SECONDS = 5;
const MAX_TRACKED_TENANTS = 10_000;

const ZAccessAnswer = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
    limits: z.record(z.string(), z.number()),
    planId: z.string(),
  }),
  z.object({ ok: z.literal(false), reason: z.string().default('not a member') }),
]);
export type TAccessAnswer = z.infer<typeof ZAccessAnswer>;

const ZAccessChanged = z.object({ tenantId: z.string().min(1), userId: z.string().min(1).nullish() });

export interface AccessResolverOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  cache: Cache;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const tenantPrefix = (tenantId: string) => `access:${tenantId}:`;
const userPrefix = (tenantId: string, userId: string) => `access:${tenantId}:user:${userId}:`;
const keyPrefix = (tenantId: string) => `access:${tenantId}:key:`;

/** One entry per tenant + caller + scope set: an API key's grant depends on its scopes, a user's on nothing else. */
export function accessCacheKey(identity: Identity): string {
  const t = identity.tenantId!;
  const scopes = createHash('sha256').update([...identity.scopes].sort().join(' ')).digest('base64url').slice(0, 16);
  if (identity.apiKeyId) return `${keyPrefix(t)}${identity.apiKeyId}:${scopes}`;
  if (identity.userId) return `${userPrefix(t, identity.userId)}${scopes}`;
  return `${tenantPrefix(t)}anonymous:${scopes}`;
}

export class AccessResolver {
  /**
   * Bumped per tenant on every change message. An answer fetched while its tenant's counter moved may predate the
   * change, so it is neither cached nor trusted: the request asks again.
   */
  private readonly epochs = new Map<string, number>();
  private readonly subscription: ReturnType<PubSub['subscribe']>;
  private readonly listening: Promise<void>;

  constructor(private readonly o: AccessResolverOptions) {
    this.subscription = o.pubsub.subscribe<unknown>(ACCESS_CHANGED_TOPIC);
    this.listening = this.listen();
  }

  /** The `ResolveAccess` the gateway runs after the identity chain; bound so it can be passed around. */
  readonly resolve: ResolveAccess = async (identity, creds) => {
    const answer = await this.answerFor(identity, creds.requestId);
    if (!answer.ok) {
      throw gatewayError(ErrorCode.FORBIDDEN, 'You are not a member of this organisation (or your access to it was removed).', {
        status: 403,
        details: { reason: answer.reason },
      });
    }
    const grant: AccessGrant = { roles: answer.roles, permissions: answer.permissions, limits: answer.limits };
    return grant;
  };

  async close(): Promise<void> {
    await this.subscription.return();
    await this.listening;
  }

  private async answerFor(identity: Identity, requestId: string): Promise<TAccessAnswer> {
    const tenantId = identity.tenantId!;
    const cacheKey = accessCacheKey(identity);
    const cached = await this.o.cache.get<TAccessAnswer>(cacheKey);
    if (cached) return cached;
    // Two tries: the second only when a change landed during the first, so its answer is after the change.
    for (let attempt = 0; ; attempt++) {
      const epoch = this.epoch(tenantId);
      const answer = await this.ask(identity, requestId);
      if (this.epoch(tenantId) !== epoch) {
        if (attempt === 0) continue;
        return answer;
      }
      await this.o.cache.set(cacheKey, answer, answer.ok ? ACCESS_CACHE_TTL_SECONDS : REFUSAL_CACHE_TTL_SECONDS);
      // A change may have arrived while writing; its delete may have run before our write landed.
      if (this.epoch(tenantId) !== epoch) await this.o.cache.delete(cacheKey);
      return answer;
    }
  }

  private epoch(tenantId: string): number {
    return this.epochs.get(tenantId) ?? 0;
  }

  private async ask(identity: Identity, requestId: string): Promise<TAccessAnswer> {
    const body = { tenantId: identity.tenantId, userId: identity.userId, apiKeyId: identity.apiKeyId, scopes: identity.scopes };
    try {
      return await askTenancy(this.o, '/internal/access', body, ZAccessAnswer, requestId);
    } catch (e) {
      if (!(e instanceof TenancyCallFailed)) throw e;
      this.o.logger.error({ err: e, tenantId: identity.tenantId }, `access check failed: ${e.message}`);
      throw unavailable('Cannot check your access right now (tenancy is unavailable); try again shortly.');
    }
  }

  private async listen(): Promise<void> {
    try {
      for await (const message of this.subscription) {
        const parsed = ZAccessChanged.safeParse(message);
        if (!parsed.success) {
          this.o.logger.warn({ topic: ACCESS_CHANGED_TOPIC }, 'ignoring malformed access-changed message');
          continue;
        }
        await this.forget(parsed.data.tenantId, parsed.data.userId ?? null).catch((e: unknown) =>
          this.o.logger.error({ err: e, tenantId: parsed.data.tenantId }, 'could not drop cached access grants'),
        );
      }
    } catch (e) {
      this.o.logger.error({ err: e }, 'access-changed listener stopped');
    }
  }

  private async forget(tenantId: string, userId: string | null): Promise<void> {
    this.epochs.set(tenantId, this.epoch(tenantId) + 1);
    if (this.epochs.size > MAX_TRACKED_TENANTS) {
      // Dropping the oldest counter is safe: a counter only matters while an answer for its tenant is in flight.
      const oldest = this.epochs.keys().next();
      if (!oldest.done && oldest.value !== tenantId) this.epochs.delete(oldest.value);
    }
    if (!userId) {
      await this.o.cache.deleteByPrefix(tenantPrefix(tenantId));
      return;
    }
    // An API key's grant is capped by its creator's role, and the gateway does not know who created which key.
    await Promise.all([this.o.cache.deleteByPrefix(userPrefix(tenantId, userId)), this.o.cache.deleteByPrefix(keyPrefix(tenantId))]);
  }
}
