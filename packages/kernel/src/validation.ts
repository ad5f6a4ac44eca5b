// Parses outside input with zod; failures become one BAD_USER_INPUT error listing every field problem.
import type { z } from 'zod';
import { DomainError, ErrorCode } from './errors';
import { formatBytes } from './quota';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'input', message: i.message }));
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  throw new DomainError(ErrorCode.BAD_USER_INPUT, summary, { problems });
}

/**
 * Refuses a value whose JSON text is over `maxBytes` (or that is not JSON at all), naming the field, its size and the
 * limit; checked before a schema walks a possibly huge value.
 */
export function assertJsonSize(value: unknown, maxBytes: number, field: string): void {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a JSON value.`, { field });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}.`, { field });
  }
}
