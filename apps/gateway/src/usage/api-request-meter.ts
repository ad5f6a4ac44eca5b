// Counts API requests per tenant per minute in memory and ships the counts to tenancy every few seconds, so
// metering costs a request no I/O. A failed delivery keeps the counts for the next try, up to a bound.
import type { Logger } from '@nexus/kernel/logger';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';

export const API_REQUESTS_PATH = '/internal/usage/api-requests';
/** Samples per POST; tenancy refuses bigger bodies. */
export const MAX_SAMPLES_PER_POST = 2_000;

export interface ApiRequestSample {
  tenantId: string;
  /** Start of the minute, ISO 8601. */
  minute: string;
  count: number;
}

export interface ApiRequestMeterOptions {
  /** Tenancy's plain HTTP base, as for API-key verification. */
  tenancyHttpUrl: string;
  contextSecret: string;
  logger: Logger;
  /** Default 5 s. */
  flushIntervalMs?: number;
  /** (tenant, minute) counters kept while tenancy is unreachable; the oldest are dropped past it. Default 50,000. */
  maxPending?: number;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

const minuteOf = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
const SEP = '|';
const keyOf = (tenantId: string, minute: string) => `${tenantId}${SEP}${minute}`;
const toSamples = (counts: Map<string, number>): ApiRequestSample[] =>
  [...counts].map(([key, count]) => {
    const [tenantId = '', minute = ''] = key.split(SEP);
    return { tenantId, minute, count };
  });

/** Tenancy read the body and refused it: sending it again cannot help, and would block later counts. */
class RefusedBatch extends Error {}
const RETRYABLE = new Set([401, 408, 429]);

export class ApiRequestMeter {
  /** `tenantId|minute` → requests not yet delivered, oldest first (Map keeps insertion order). */
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<boolean> | null = null;
  private dropped = 0;

  constructor(private readonly o: ApiRequestMeterOptions) {}

  /** Starts the periodic flush; the timer does not keep the process alive. */
  start(): this {
    if (!this.timer) {
      this.timer = setInterval(() => void this.flush(), this.o.flushIntervalMs ?? 5_000);
      this.timer.unref();
    }
    return this;
  }

  record(tenantId: string): void {
    const key = keyOf(tenantId, minuteOf((this.o.now ?? Date.now)()));
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    this.trim();
  }

  /** Counts waiting for delivery (for tests and health output). */
  pendingSamples(): ApiRequestSample[] {
    return toSamples(this.pending);
  }

  /** Delivers everything counted so far; true when it all arrived. Concurrent calls share one delivery. */
  flush(): Promise<boolean> {
    this.flushing ??= this.deliver().finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Stops the timer and makes one last delivery attempt. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing;
    await this.flush();
  }

  private async deliver(): Promise<boolean> {
    if (this.pending.size === 0) return true;
    const samples = toSamples(this.pending);
    this.pending = new Map();
    let allArrived = true;
    for (let i = 0; i < samples.length; i += MAX_SAMPLES_PER_POST) {
      const chunk = samples.slice(i, i + MAX_SAMPLES_PER_POST);
      try {
        await this.post(chunk);
      } catch (e) {
        if (e instanceof RefusedBatch) {
          this.o.logger.error({ err: e.message, samples: chunk.length }, 'tenancy refused usage samples; dropping them');
          allArrived = false;
          continue;
        }
        // Put back what did not arrive, ahead of what was counted meanwhile, so trimming drops the oldest first.
        const unsent = samples.slice(i);
        const merged = new Map(unsent.map((s) => [keyOf(s.tenantId, s.minute), s.count]));
        for (const [key, count] of this.pending) merged.set(key, (merged.get(key) ?? 0) + count);
        this.pending = merged;
        this.trim();
        this.o.logger.warn({ err: (e as Error).message, samples: unsent.length, dropped: this.dropped }, 'usage flush to tenancy failed; keeping the counts for the next try');
        return false;
      }
    }
    return allArrived;
  }

  private async post(samples: ApiRequestSample[]): Promise<void> {
    const res = await (this.o.fetch ?? fetch)(new URL(API_REQUESTS_PATH, this.o.tenancyHttpUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(anonymousContext(), this.o.contextSecret) },
      body: JSON.stringify({ samples }),
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 5_000),
    });
    if (res.ok) return;
    const message = `tenancy answered HTTP ${res.status}`;
    throw res.status >= 400 && res.status < 500 && !RETRYABLE.has(res.status) ? new RefusedBatch(message) : new Error(message);
  }

  private trim(): void {
    const max = this.o.maxPending ?? 50_000;
    for (const key of this.pending.keys()) {
      if (this.pending.size <= max) break;
      this.pending.delete(key);
      this.dropped++;
    }
  }
}
