// Asks tenancy whether an API key is valid; caches the answer 30 s and forgets it the moment tenancy revokes the key.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { RateLimiter } from '@nexus/kernel/ports/rate-limiter';
import { MemoryRateLimiterAdapter } from '@nexus/kernel/adapters/memory-rate-limiter';
import type { Logger } from '@nexus/kernel/logger';
import { ApiKeyBruteForceError, ApiKeyFailureGuard, apiKeyFailureLimits } from './api-key-failure-guard';
import { askTenancy, TenancyCallFailed } from '../tenancy-client';

export const API_KEY_REVOKED_TOPIC = 'auth.api-key-revoked';
export const API_KEY_CACHE_TTL_SECONDS = 30;
/** Both in-process maps are bounded; the revoked-id check keeps refusals exact even after an entry is dropped. */
const MAX_TRACKED_IDS = 10_000;

const ZVerifyAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), tenantId: z.string(), apiKeyId: z.string(), scopes: z.array(z.string()).default([]), roles: z.array(z.string()).default([]) }),
  z.object({ ok: z.literal(false), reason: z.string().default('unknown key') }),
]);
export type TApiKeyVerdict = z.infer<typeof ZVerifyAnswer>;
type TValidKey = Extract<TApiKeyVerdict, { ok: true }>;

const ZRevoked = z.object({ apiKeyId: z.string(), prefix: z.string().optional() });

export interface ApiKeyVerifierOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  cache: Cache;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Counts refused keys per client IP (`apiKeyFailureLimits()`); default: in process. */
  failureLimiter?: RateLimiter;
}

/** Thrown when tenancy cannot be asked at all; the caller answers UNAVAILABLE rather than guessing. */
export class TenancyUnavailableError extends Error {}

export const apiKeyCacheKey = (key: string) => `auth:apikey:${createHash('sha256').update(key).digest('hex')}`;

export class ApiKeyVerifier {
  /** apiKeyId → cache keys this process wrote, so a revocation can drop them without knowing the raw key. */
  private readonly cacheKeysById = new Map<string, Set<string>>();
  /**
   * Ids revoked while this process ran. Checked on every cache hit too, which covers entries this process
   * never wrote (shared Redis L2, or written before a restart) and answers that were in flight during the revocation.
   */
  private readonly revoked = new Set<string>();
  private readonly subscription: ReturnType<PubSub['subscribe']>;
  private readonly listening: Promise<void>;
  private readonly ownLimiter: RateLimiter | null;
  private readonly failures: ApiKeyFailureGuard;

  constructor(private readonly o: ApiKeyVerifierOptions) {
    this.subscription = o.pubsub.subscribe<unknown>(API_KEY_REVOKED_TOPIC);
    this.listening = this.listen();
    this.ownLimiter = o.failureLimiter ? null : new MemoryRateLimiterAdapter(apiKeyFailureLimits());
    this.failures = new ApiKeyFailureGuard({ limiter: o.failureLimiter ?? this.ownLimiter!, cache: o.cache });
  }

  /**
   * A cached valid key answers first, so a client blocked for guessing keeps working with the keys it really holds.
   * Throws ApiKeyBruteForceError when `clientIp` has presented too many refused keys (tenancy is then not asked).
   */
  async verify(key: string, requestId: string, clientIp = 'unknown'): Promise<TApiKeyVerdict> {
    const cacheKey = apiKeyCacheKey(key);
    const cached = await this.o.cache.get<TValidKey>(cacheKey);
    if (cached) return this.revoked.has(cached.apiKeyId) ? { ok: false, reason: 'revoked' } : cached;
    await this.guarded(() => this.failures.assertAllowed(clientIp));
    const answer = await this.ask(key, requestId, clientIp);
    if (!answer.ok) {
      await this.guarded(() => this.failures.recordFailure(clientIp));
      return answer;
    }
    if (this.revoked.has(answer.apiKeyId)) return { ok: false, reason: 'revoked' };
    await this.o.cache.set(cacheKey, answer, API_KEY_CACHE_TTL_SECONDS);
    // A revocation may have landed while we were writing; undo the write in that case.
    if (this.revoked.has(answer.apiKeyId)) {
      await this.o.cache.delete(cacheKey);
      return { ok: false, reason: 'revoked' };
    }
    const keys = this.cacheKeysById.get(answer.apiKeyId) ?? new Set();
    keys.add(cacheKey);
    this.cacheKeysById.set(answer.apiKeyId, keys);
    dropOldest(this.cacheKeysById);
    return answer;
  }

  async close(): Promise<void> {
    await this.subscription.return();
    await this.listening;
    await this.ownLimiter?.close();
  }

  /** A limiter or cache outage must not lock every API key out: log it and let the request through. */
  private async guarded(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (e) {
      if (e instanceof ApiKeyBruteForceError) throw e;
      this.o.logger.error({ err: e }, 'API key failure limiter failed; not limiting this request');
    }
  }

  private async ask(key: string, requestId: string, clientIp: string): Promise<TApiKeyVerdict> {
    try {
      // The IP lets tenancy record where a key was last used; it is the gateway's view (see client-ip.ts).
      return await askTenancy(this.o, '/internal/api-keys/verify', { key, ip: clientIp }, ZVerifyAnswer, requestId);
    } catch (e) {
      throw e instanceof TenancyCallFailed ? new TenancyUnavailableError(e.message, { cause: e }) : e;
    }
  }

  private async listen(): Promise<void> {
    try {
      for await (const message of this.subscription) {
        const parsed = ZRevoked.safeParse(message);
        if (!parsed.success) {
          this.o.logger.warn({ topic: API_KEY_REVOKED_TOPIC }, 'ignoring malformed revocation message');
          continue;
        }
        await this.forget(parsed.data.apiKeyId);
      }
    } catch (e) {
      this.o.logger.error({ err: e }, 'API key revocation listener stopped');
    }
  }

  private async forget(apiKeyId: string): Promise<void> {
    this.revoked.add(apiKeyId);
    dropOldest(this.revoked);
    const keys = this.cacheKeysById.get(apiKeyId);
    this.cacheKeysById.delete(apiKeyId);
    await Promise.all([...(keys ?? [])].map((k) => this.o.cache.delete(k)));
  }
}

/** Maps and Sets iterate in insertion order, so the first entry is the oldest. */
function dropOldest(collection: Map<string, unknown> | Set<string>): void {
  if (collection.size <= MAX_TRACKED_IDS) return;
  const oldest = collection.keys().next();
  if (!oldest.done) collection.delete(oldest.value);
}
