// The tenant's outbound host allow-list: exact host names or `*.suffix` (subdomains only), checked before connecting.
import { isHostPermitted } from '@nexus/agent-runtime/host-permissions';
import { stepError } from './node-error';

/** `*.example.com` allows `api.example.com` and `a.b.example.com`, not `example.com` itself (the agent runtime's rule). */
export const hostAllowed = isHostPermitted;

/** Throws HOST_NOT_ALLOWED unless `url` is http(s) to a listed host. */
export function assertHostAllowed(url: URL, rules: readonly string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw stepError('HOST_NOT_ALLOWED', `Only http and https URLs may be called, not ${url.protocol}//${url.hostname}.`);
  }
  if (!hostAllowed(url.hostname, rules)) {
    throw stepError('HOST_NOT_ALLOWED', `Host "${url.hostname}" is not on this workspace's allowed hosts; add it in Console → Workflows → Settings.`);
  }
}
