// Server certificates for custom domains, fetched from tenancy by SNI name and kept in memory only (they carry private keys).
import { createSecureContext, type SecureContext } from 'node:tls';
import { z } from 'zod';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { DOMAINS_CHANGED_TOPIC, bareHost } from './host-name';

const ZCertificate = z.object({ certPem: z.string().min(1), keyPem: z.string().min(1) });
const ZChanged = z.object({ hostname: z.string() });

/** Renewal publishes a change, so a found certificate can stay a while; a miss is re-asked sooner. */
const FOUND_TTL_MS = 60 * 60 * 1000;
const MISSING_TTL_MS = 60 * 1000;
const MAX_ENTRIES = 5_000;

interface Entry {
  context: Promise<SecureContext | null>;
  expiresAt: number;
}

export interface CertificateSourceOptions {
  tenancyHttpUrl: string;
  contextSecret: string;
  pubsub: PubSub;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class CertificateSource {
  private readonly entries = new Map<string, Entry>();
  private readonly subscription: ReturnType<PubSub['subscribe']>;
  private readonly listening: Promise<void>;

  constructor(private readonly o: CertificateSourceOptions) {
    this.subscription = o.pubsub.subscribe<unknown>(DOMAINS_CHANGED_TOPIC);
    this.listening = this.listen();
  }

  /** The TLS context for `servername`, or null when tenancy has no certificate for it (the caller falls back). */
  contextFor(servername: string): Promise<SecureContext | null> {
    const host = bareHost(servername);
    if (!host) return Promise.resolve(null);
    const now = Date.now();
    const hit = this.entries.get(host);
    if (hit && hit.expiresAt > now) return hit.context;
    // One fetch per name however many handshakes arrive at once.
    const entry: Entry = { context: this.fetchContext(host), expiresAt: now + FOUND_TTL_MS };
    this.entries.set(host, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    entry.context.then(
      (ctx) => {
        if (!ctx) entry.expiresAt = Date.now() + MISSING_TTL_MS;
      },
      // A failed fetch is not remembered: the next handshake asks again.
      () => this.entries.get(host) === entry && this.entries.delete(host),
    );
    return entry.context;
  }

  async close(): Promise<void> {
    await this.subscription.return();
    await this.listening;
  }

  private async fetchContext(host: string): Promise<SecureContext | null> {
    const res = await (this.o.fetch ?? fetch)(new URL('/internal/domains/certificate', this.o.tenancyHttpUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(anonymousContext(), this.o.contextSecret) },
      body: JSON.stringify({ host }),
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 3000),
    });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`tenancy answered HTTP ${res.status} for the certificate of ${host}`);
    const body = ZCertificate.parse(await res.json());
    return createSecureContext({ cert: body.certPem, key: body.keyPem });
  }

  private async listen(): Promise<void> {
    try {
      for await (const message of this.subscription) {
        const parsed = ZChanged.safeParse(message);
        if (parsed.success) this.entries.delete(parsed.data.hostname.toLowerCase());
      }
    } catch (e) {
      this.o.logger.error({ err: e }, 'certificate change listener stopped');
    }
  }
}
