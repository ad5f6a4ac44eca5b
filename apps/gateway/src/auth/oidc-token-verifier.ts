// Bearer tokens from tenants' own identity providers: tenancy verifies and provisions; the verdict is cached until the token expires.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Logger } from '@nexus/kernel/logger';
import { ACCESS_CHANGED_TOPIC } from '../access/access-resolver';
import { TenancyUnavailableError } from './api-key-verifier';
import { askTenancy, TenancyCallFailed } from '../tenancy-client';

const ZVerdict = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), tenantId: z.string(), userId: z.string(), roles: z.array(z.string()), expiresAt: z.number() }),
  z.object({ ok: z.literal(false), reason: z.string().default('refused') }),
]);
export type TOidcVerdict = z.infer<typeof ZVerdict>;
type Cached = TOidcVerdict & { cachedAt: number };

/** A refusal is kept briefly, so a client retrying a bad token does not reach tenancy each time. */
const REFUSAL_TTL_SECONDS = 10;
const MAX_TTL_SECONDS = 86_400;
const MAX_TRACKED = 10_000;
const ZChanged = z.object({ tenantId: z.string(), userId: z.string().nullish() });

export const oidcCacheKey = (token: string) => `auth:oidc:${createHash('sha256').update(token).digest('hex')}`;

export interface OidcTokenVerifierOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  cache: Cache;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
  /** Provider discovery and JWKS fetches happen behind this call, so it gets more time than the other internal calls. */
  timeoutMs?: number;
  now?: () => number;
}

export class OidcTokenVerifier {
  /** tenantId → cache keys this process wrote, so a provider change drops them without knowing the tokens. */
  private readonly keysByTenant = new Map<string, Set<string>>();
  /** tenantId → when its providers last changed; a cached verdict from before that is not trusted (entries other replicas wrote). */
  private readonly changedAt = new Map<string, number>();
  private changes = 0;
  private readonly subscription: ReturnType<PubSub['subscribe']>;
  private readonly listening: Promise<void>;
  private readonly now: () => number;

  constructor(private readonly o: OidcTokenVerifierOptions) {
    this.now = o.now ?? Date.now;
    this.subscription = o.pubsub.subscribe<unknown>(ACCESS_CHANGED_TOPIC);
    this.listening = this.listen();
  }

  async verify(token: string, requestId: string, clientIp?: string): Promise<TOidcVerdict> {
    const cacheKey = oidcCacheKey(token);
    const cached = await this.o.cache.get<Cached>(cacheKey);
    if (cached && !(cached.ok && (this.changedAt.get(cached.tenantId) ?? 0) >= cached.cachedAt)) return cached;
    const changes = this.changes;
    const verdict = await this.ask(token, requestId, clientIp);
    // A provider change landed while tenancy answered: use the answer once, but do not keep it.
    if (changes !== this.changes) return verdict;
    const ttl = verdict.ok ? Math.min(MAX_TTL_SECONDS, verdict.expiresAt - this.now() / 1000) : REFUSAL_TTL_SECONDS;
    if (ttl <= 0) return verdict;
    await this.o.cache.set<Cached>(cacheKey, { ...verdict, cachedAt: this.now() }, ttl);
    if (verdict.ok) this.track(verdict.tenantId, cacheKey);
    return verdict;
  }

  async close(): Promise<void> {
    await this.subscription.return();
    await this.listening;
  }

  private async ask(token: string, requestId: string, clientIp?: string): Promise<TOidcVerdict> {
    try {
      // Provider discovery and JWKS fetches happen behind this call (a 503 means the provider was unreachable).
      return await askTenancy(this.o, '/internal/oidc/verify', { token, ip: clientIp ?? null }, ZVerdict, requestId, 8000);
    } catch (e) {
      throw e instanceof TenancyCallFailed ? new TenancyUnavailableError(e.message, { cause: e }) : e;
    }
  }

  private track(tenantId: string, cacheKey: string): void {
    const keys = this.keysByTenant.get(tenantId) ?? new Set();
    keys.add(cacheKey);
    this.keysByTenant.set(tenantId, keys);
    if (this.keysByTenant.size > MAX_TRACKED) this.keysByTenant.delete(this.keysByTenant.keys().next().value!);
  }

  private async listen(): Promise<void> {
    try {
      for await (const message of this.subscription) {
        const parsed = ZChanged.safeParse(message);
        // A member's own change (role, removal) is the access step's business; a verdict only says who the token is.
        if (!parsed.success || parsed.data.userId) continue;
        const { tenantId } = parsed.data;
        this.changes++;
        this.changedAt.delete(tenantId);
        this.changedAt.set(tenantId, this.now());
        if (this.changedAt.size > MAX_TRACKED) this.changedAt.delete(this.changedAt.keys().next().value!);
        const keys = this.keysByTenant.get(tenantId);
        this.keysByTenant.delete(tenantId);
        await Promise.all([...(keys ?? [])].map((k) => this.o.cache.delete(k))).catch((e: unknown) =>
          this.o.logger.error({ err: e, tenantId }, 'could not drop cached identity-provider verdicts'),
        );
      }
    } catch (e) {
      this.o.logger.error({ err: e }, 'identity-provider change listener stopped');
    }
  }
}
