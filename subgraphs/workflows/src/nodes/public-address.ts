// Outbound calls from workflow nodes reach the public internet only: a host that resolves to a loopback, private,
// link-local (cloud metadata), carrier-grade NAT or unique-local address is refused, whatever the tenant allow-list
// says, unless the platform operator allows private networks (WORKFLOW_HTTP_ALLOW_PRIVATE).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { stepError } from './node-error';

const blocked = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // IPv4-mapped IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it is.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return blocked.check(address, 'ipv4');
}

/** Resolves the host and refuses it when any address it has is not public. */
export async function assertPublicHost(hostname: string, resolve: typeof lookup = lookup): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolve(host, { all: true, verbatim: true }).catch(() => [])).map((a) => a.address);
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw stepError('HOST_NOT_ALLOWED', `${hostname} resolves to ${bad}, a private or internal address; workflow nodes may only call public hosts.`);
  }
}
