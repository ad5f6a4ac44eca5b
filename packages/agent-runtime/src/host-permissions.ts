// Decides whether an agent may reach a host name, from its manifest's `permissions.hosts`.

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * `api.example.com` matches only itself; `*.example.com` matches any sub-domain but not
 * `example.com` (the usual certificate-style rule). A bare `*` is ignored: "any host" must not
 * slip in through a wildcard. Ports are not part of the rule.
 */
export function isHostPermitted(hostname: string, patterns: readonly string[]): boolean {
  const host = normalizeHost(hostname);
  if (host === '') return false;
  return patterns.some((raw) => {
    const pattern = normalizeHost(raw);
    if (pattern.startsWith('*.')) {
      const suffix = pattern.slice(1);
      return suffix.length > 1 && host.endsWith(suffix) && host.length > suffix.length;
    }
    return pattern !== '' && !pattern.includes('*') && pattern === host;
  });
}
