// Value rules shared by the cache adapters: JSON copies and TTL checks.
import { DomainError, ErrorCode } from '../errors';

/** Every value goes through JSON so memory and Redis behave alike and callers cannot mutate cached state. */
export function encodeValue(value: unknown): string {
  const json = JSON.stringify(value);
  // undefined (or a function) has no JSON form; storing it would read back as a miss.
  if (json === undefined) throw new DomainError(ErrorCode.INTERNAL, 'Cache values must be JSON-serialisable; undefined means "not cached", so store null for "nothing".');
  return json;
}

export function decodeValue<T>(json: string | undefined | null): T | undefined {
  return json == null ? undefined : (JSON.parse(json) as T);
}

export function ttlToMs(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new DomainError(ErrorCode.INTERNAL, `Cache TTL must be a positive number of seconds (got ${ttlSeconds}).`);
  }
  return Math.ceil(ttlSeconds * 1000);
}
