// Matches hosts found in code against a manifest's `permissions.hosts`, by the same rule the sandbox enforces at run time.
import { isHostPermitted } from '@nexus/agent-runtime/host-permissions';

/** Declared entries may be written as bare hosts or as URLs; only the lower-cased host name counts. */
export function normaliseHost(entry: string): string {
  const withoutScheme = entry.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  return withoutScheme.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');
}

export function hostAllowed(host: string, declared: readonly string[]): boolean {
  return isHostPermitted(normaliseHost(host), declared.map(normaliseHost));
}

const URL_IN_TEXT = /\b(?:https?|wss?):\/\/([a-z0-9.-]+(?::\d+)?)/gi;

/** Hosts of absolute http(s)/ws(s) URLs in a piece of text; localhost-style hosts are never a concern. */
export function hostsInText(text: string): string[] {
  const hosts: string[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const host = normaliseHost(m[1]!);
    if (host && !/^(localhost|127\.0\.0\.1|0\.0\.0\.0|example\.(com|org|net))$/.test(host)) hosts.push(host);
  }
  return hosts;
}
