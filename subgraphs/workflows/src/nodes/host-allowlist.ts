// The tenant's outbound host allow-list: exact host names or `*.suffix` (subdomains only), checked before connecting.
import { stepError } from './node-error';

const normalize = (host: string) => host.trim().toLowerCase().replace(/\.$/, '');

/** `*.example.com` allows `api.example.com` and `a.b.example.com`, not `example.com` itself. */
export function hostAllowed(hostname: string, rules: readonly string[]): boolean {
  const host = normalize(hostname);
  if (!host) return false;
  return rules.some((raw) => {
    const rule = normalize(raw);
    if (rule.startsWith('*.')) return rule.length > 2 && host.endsWith(rule.slice(1));
    return rule === host;
  });
}

/** Throws HOST_NOT_ALLOWED unless `url` is http(s) to a listed host. */
export function assertHostAllowed(url: URL, rules: readonly string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw stepError('HOST_NOT_ALLOWED', `Only http and https URLs may be called, not ${url.protocol}//${url.hostname}.`);
  }
  if (!hostAllowed(url.hostname, rules)) {
    throw stepError('HOST_NOT_ALLOWED', `Host "${url.hostname}" is not on this workspace's allowed hosts; add it in Console → Workflows → Settings.`);
  }
}
