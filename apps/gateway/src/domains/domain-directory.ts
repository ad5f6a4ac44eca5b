// Host → tenant, as tenancy says (/internal/domains/resolve); answers, "no tenant" included, cached ~60 s and dropped on change.
import { z } from 'zod';
import type { Cache } from '@nexus/kernel/ports/cache';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import type { Logger } from '@nexus/kernel/logger';
import { DOMAINS_CHANGED_TOPIC } from './host-name';
import { askTenancy, TenancyCallFailed } from '../tenancy-client';

export const HOST_CACHE_TTL_SECONDS = 60;

const ZAnswer = z.union([
  z.object({ tenantId: z.string().min(1), kind: z.enum(['custom', 'subdomain']) }),
  z.object({ tenantId: z.null() }),
]);
export type THostAnswer = z.infer<typeof ZAnswer>;
export type THostTenant = Extract<THostAnswer, { tenantId: string }>;

const ZChanged = z.object({ hostname: z.string() });

export const hostCacheKey = (host: string) => `domains:host:${host}`;

/** Tenancy could not be asked; the request fails as UNAVAILABLE rather than guessing which tenant the host is. */
export class DomainLookupUnavailableError extends Error {}

export interface DomainDirectoryOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  cache: Cache;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class DomainDirectory {
  /** Bumped per host on every change, so an answer fetched across a change is not cached. */
  private readonly generations = new Map<string, number>();
  private readonly subscription: ReturnType<PubSub['subscribe']>;
  private readonly listening: Promise<void>;

  constructor(private readonly o: DomainDirectoryOptions) {
    this.subscription = o.pubsub.subscribe<unknown>(DOMAINS_CHANGED_TOPIC);
    this.listening = this.listen();
  }

  /** The tenant `host` (already bare, lower-case) addresses, or null. */
  async resolve(host: string, requestId: string): Promise<THostTenant | null> {
    const key = hostCacheKey(host);
    const cached = await this.o.cache.get<THostAnswer>(key);
    if (cached) return cached.tenantId ? cached : null;
    const generation = this.generations.get(host) ?? 0;
    const answer = await this.ask(host, requestId);
    if ((this.generations.get(host) ?? 0) === generation) await this.o.cache.set(key, answer, HOST_CACHE_TTL_SECONDS);
    return answer.tenantId ? answer : null;
  }

  async close(): Promise<void> {
    await this.subscription.return();
    await this.listening;
  }

  private async ask(host: string, requestId: string): Promise<THostAnswer> {
    try {
      return await askTenancy(this.o, '/internal/domains/resolve', { host }, ZAnswer, requestId);
    } catch (e) {
      throw e instanceof TenancyCallFailed ? new DomainLookupUnavailableError(e.message, { cause: e }) : e;
    }
  }

  private async listen(): Promise<void> {
    try {
      for await (const message of this.subscription) {
        const parsed = ZChanged.safeParse(message);
        if (!parsed.success) continue;
        const host = parsed.data.hostname.toLowerCase();
        this.generations.set(host, (this.generations.get(host) ?? 0) + 1);
        // Bounded: old hosts' counters only matter for look-ups in flight right now.
        if (this.generations.size > 10_000) this.generations.delete(this.generations.keys().next().value!);
        await this.o.cache.delete(hostCacheKey(host));
      }
    } catch (e) {
      this.o.logger.error({ err: e }, 'domain change listener stopped');
    }
  }
}
