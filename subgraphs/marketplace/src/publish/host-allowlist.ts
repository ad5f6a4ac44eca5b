// Matches hosts against a manifest's declared `permissions.hosts` (exact names or `*.domain` wildcards).

/** Declared entries may be written as bare hosts or as URLs; only the lower-cased host name counts. */
export function normaliseHost(entry: string): string {
  const withoutScheme = entry.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  return withoutScheme.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');
}

export function hostAllowed(host: string, declared: readonly string[]): boolean {
  const h = normaliseHost(host);
  return declared.some((entry) => {
    const d = normaliseHost(entry);
    // `*.example.com` covers subdomains only: the apex is a different origin and must be listed itself.
    return d.startsWith('*.') ? h.endsWith(d.slice(1)) : h === d;
  });
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
