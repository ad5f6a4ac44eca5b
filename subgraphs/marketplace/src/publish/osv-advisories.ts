// The advisory database format (a JSON array of OSV records) and its loader, strict so a bad refresh fails loudly.
import { readFile } from 'node:fs/promises';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import * as semver from 'semver';
import { z } from 'zod';

const ZSemverVersion = z.string().refine((v) => v === '0' || semver.valid(v) !== null, 'must be a semver version (or "0")');

const ZEvent = z.union([
  z.object({ introduced: ZSemverVersion }).strict(),
  z.object({ fixed: ZSemverVersion }).strict(),
  z.object({ last_affected: ZSemverVersion }).strict(),
]);

export const ZOsvAdvisory = z.object({
  id: z.string().min(1),
  summary: z.string().min(1),
  details: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  modified: z.string().optional(),
  published: z.string().optional(),
  severity: z.array(z.object({ type: z.string(), score: z.string() })).optional(),
  database_specific: z.object({ severity: z.string().optional() }).passthrough().optional(),
  references: z.array(z.object({ type: z.string(), url: z.string() })).optional(),
  affected: z
    .array(
      z.object({
        package: z.object({ ecosystem: z.string(), name: z.string().min(1) }),
        ranges: z
          .array(
            z.object({ type: z.literal('SEMVER'), events: z.array(ZEvent).min(1) }).refine((r) => 'introduced' in r.events[0]!, 'events must start with "introduced"'),
          )
          .optional(),
        versions: z.array(ZSemverVersion).optional(),
      }).refine((a) => (a.ranges?.length ?? 0) + (a.versions?.length ?? 0) > 0, 'needs ranges or versions'),
    )
    .min(1),
});
export type TOsvAdvisory = z.infer<typeof ZOsvAdvisory>;

/** Validates parsed JSON; the error names the offending record by index and id so the file can be fixed. */
export function parseAdvisories(data: unknown, source = 'advisory file'): TOsvAdvisory[] {
  if (!Array.isArray(data)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${source}: expected a JSON array of OSV records`);
  const ids = new Set<string>();
  return data.map((entry, index) => {
    const parsed = ZOsvAdvisory.safeParse(entry);
    const id = typeof entry?.id === 'string' ? entry.id : '(no id)';
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${source}: entry ${index} (${id}) is invalid: ${problems.join('; ')}`, {
        problems: problems.map((message) => ({ field: `[${index}]`, message })),
      });
    }
    if (ids.has(parsed.data.id)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${source}: entry ${index} (${id}) repeats an earlier id`);
    ids.add(parsed.data.id);
    return parsed.data;
  });
}

export async function loadAdvisories(path: string): Promise<TOsvAdvisory[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${path}: cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseAdvisories(data, path);
}
