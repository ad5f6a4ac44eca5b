// Fetches a provider's OpenID discovery document and checks it names the configured issuer.
import { z } from 'zod';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';

/** https everywhere, plain http only on loopback so tests can run a provider in-process. */
export function isAllowedProviderUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}

const ZDiscoveryDocument = z.object({
  issuer: z.string(),
  jwks_uri: z.string().refine(isAllowedProviderUrl, 'must be an https URL'),
});
export type TDiscoveryDocument = z.infer<typeof ZDiscoveryDocument>;

const TIMEOUT_MS = 5000;

export async function discover(issuer: string, fetchImpl: typeof fetch): Promise<TDiscoveryDocument> {
  // OIDC Discovery §4: strip a trailing slash before appending the well-known path.
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const unavailable = (why: string, cause?: unknown) =>
    new DomainError(ErrorCode.UNAVAILABLE, `identity provider ${issuer}: discovery ${why}`, { cause });
  let body: unknown;
  try {
    // No redirects: a discovery document served from elsewhere is not the issuer's.
    const res = await fetchImpl(url, { redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!res.ok) throw unavailable(`returned HTTP ${res.status}`);
    body = await res.json();
  } catch (e) {
    throw e instanceof DomainError ? e : unavailable('failed (unreachable or not JSON)', e);
  }
  const doc = ZDiscoveryDocument.safeParse(body);
  if (!doc.success) throw unavailable(`document invalid at: ${doc.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  // OIDC Discovery §4.3: an exact match, or a compromised/misconfigured document could vouch for another issuer.
  if (doc.data.issuer !== issuer) throw unavailable('document names a different issuer');
  return doc.data;
}
