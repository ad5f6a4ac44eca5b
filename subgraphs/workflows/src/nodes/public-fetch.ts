// The fetch workflow nodes use in production: the connection itself resolves the host through a lookup that refuses
// internal addresses, so a name cannot pass the check with a public address and then connect to a private one
// (DNS rebinding). The check before the call (public-address.ts) gives the clear message; this one closes the gap.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, fetch as undiciFetch } from 'undici';
import { isPrivateAddress } from './public-address';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** A lookup that answers only with public addresses and fails when the name has any internal one. */
export function publicOnlyLookup(inner: Lookup = dnsLookup as unknown as Lookup): Lookup {
  return (hostname, options, callback) => {
    inner(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = (Array.isArray(addresses) ? addresses : [{ address: addresses, family: 0 }]) as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad || list.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves to ${bad?.address ?? 'no address'}, which workflow nodes may not call`), { code: 'HOST_NOT_ALLOWED' });
        return callback(refused, []);
      }
      if (options.all) return callback(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** fetch over connections whose addresses were checked when they were opened. */
export function createPublicOnlyFetch(lookup: Lookup = publicOnlyLookup()): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup } });
  return ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
}

export const publicOnlyFetch = createPublicOnlyFetch();
