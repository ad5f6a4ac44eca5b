// Parses outside input with zod; failures become one BAD_USER_INPUT error listing every field problem.
import type { z } from 'zod';
import { DomainError, ErrorCode } from './errors';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'input', message: i.message }));
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  throw new DomainError(ErrorCode.BAD_USER_INPUT, summary, { problems });
}
