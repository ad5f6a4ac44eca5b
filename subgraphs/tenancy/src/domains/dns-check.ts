// Looks up what a custom domain's DNS says now: the ownership TXT record and where traffic is routed.
import { Resolver } from 'node:dns/promises';

/** What one lookup saw; `error` is set when the lookup itself failed (timeout, refused), not for "no such record". */
export interface LookupResult {
  values: string[];
  error: string | null;
}

export interface DnsObservation {
  txt: LookupResult;
  cname: LookupResult;
  a: LookupResult;
}

export interface DnsChecker {
  observe(hostname: string): Promise<DnsObservation>;
}

export const verificationRecordName = (hostname: string) => `_nexus-verify.${hostname}`;
export const verificationValue = (token: string) => `nexus-verify=${token}`;

// Answers that mean "the record is not there", as opposed to "we could not ask".
const ABSENT = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME', 'NXDOMAIN', 'NOTFOUND']);

async function lookup(run: () => Promise<string[]>): Promise<LookupResult> {
  try {
    return { values: await run(), error: null };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'ERROR';
    return ABSENT.has(code) ? { values: [], error: null } : { values: [], error: code };
  }
}

const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');

/**
 * A checker on `servers` (`host` or `host:port`, e.g. a test's DNS server on 127.0.0.1:5053);
 * an empty list uses the system's resolvers.
 */
export function createDnsChecker(servers: readonly string[], opts: { timeoutMs?: number; tries?: number } = {}): DnsChecker {
  const resolver = new Resolver({ timeout: opts.timeoutMs ?? 2_000, tries: opts.tries ?? 2 });
  if (servers.length > 0) resolver.setServers([...servers]);
  return {
    async observe(hostname) {
      const [txt, cname, a] = await Promise.all([
        // A TXT record may come in several character-strings; DNS clients read them joined.
        lookup(async () => (await resolver.resolveTxt(verificationRecordName(hostname))).map((chunks) => chunks.join(''))),
        lookup(async () => (await resolver.resolveCname(hostname)).map(bare)),
        lookup(() => resolver.resolve4(hostname)),
      ]);
      return { txt, cname, a };
    },
  };
}
