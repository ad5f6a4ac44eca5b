// Validation of the HTTP allow-list: bare lower-case host names or `*.suffix`, each problem pinned to its entry.
import { DomainError, ErrorCode, type FieldProblem } from '@nexus/kernel/errors';

export const MAX_ALLOWED_HOSTS = 200;

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

function problemWith(entry: string): string | null {
  if (entry.length === 0) return 'is empty';
  if (entry.length > 253) return 'is longer than 253 characters';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(entry)) return 'must be a host name without a scheme (drop "http://")';
  if (entry.includes('/')) return 'must be a host name without a path';
  if (entry.includes(':')) return 'must be a host name without a port';
  if (entry.startsWith('*.')) {
    const suffix = entry.slice(2);
    if (!HOST.test(suffix)) return 'is not a valid wildcard: use *.example.com';
    // "*.com" would open a whole top-level domain.
    if (!suffix.includes('.')) return 'is too broad: a wildcard needs at least two labels after "*." (e.g. *.example.com)';
    return null;
  }
  if (entry.includes('*')) return 'may only use * as its first label ("*.example.com")';
  if (!HOST.test(entry)) return 'is not a valid host name (letters, digits, hyphens and dots)';
  return null;
}

/** Lower-cases, trims and de-duplicates; refuses the whole list with every bad entry named. */
export function parseAllowedHosts(input: unknown): string[] {
  if (!Array.isArray(input) || input.some((h) => typeof h !== 'string')) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'hosts must be a list of host names.', { field: 'hosts' });
  }
  const hosts = (input as string[]).map((h) => h.trim().toLowerCase());
  if (hosts.length > MAX_ALLOWED_HOSTS) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `hosts may list at most ${MAX_ALLOWED_HOSTS} entries (got ${hosts.length}).`, { field: 'hosts' });
  }
  const problems: FieldProblem[] = [];
  hosts.forEach((host, i) => {
    const problem = problemWith(host);
    if (problem) problems.push({ field: `hosts.${i}`, message: `"${host.slice(0, 100)}" ${problem}` });
  });
  if (problems.length > 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('; '), { problems });
  }
  return [...new Set(hosts)];
}
