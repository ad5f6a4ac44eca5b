// Rules both event bus adapters share, so what works in memory also works on NATS.
import { DomainError, ErrorCode } from '../errors';
import type { DomainEvent } from '../ports/event-bus';

// Event types become NATS subject tokens and consumer names durable names: no dots, wildcards or spaces.
const NAME = /^[A-Za-z0-9_-]{1,128}$/;

export function assertName(kind: 'event type' | 'consumer', name: string): void {
  if (!NAME.test(name)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid ${kind} "${name}": use letters, digits, "_" or "-" (at most 128).`, { field: kind });
  }
}

export function assertEvent(event: DomainEvent): void {
  assertName('event type', event.type);
  if (!event.id) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A domain event needs an id.', { field: 'id' });
}

export interface RetryOptions {
  /** Delay before the first redelivery of an event whose handler threw. Default 1 s. */
  retryBaseMs?: number;
  /** Upper bound of the doubling delay. Default 60 s. */
  retryMaxMs?: number;
}

/** Delay before delivery number `attempt + 1`, after `attempt` failed deliveries (1-based). */
export function retryDelayMs(attempt: number, opts: RetryOptions): number {
  const base = opts.retryBaseMs ?? 1_000;
  const max = opts.retryMaxMs ?? 60_000;
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}
