// `x-api-key: nxk_<prefix>_<secret>` → the key's tenant, roles and scopes, as tenancy says.
import type { Logger } from '@nexus/kernel/logger';
import { ErrorCode } from '@nexus/kernel/errors';
import { gatewayError, unauthenticated, unavailable } from '../errors';
import { ApiKeyBruteForceError } from './api-key-failure-guard';
import { type ApiKeyVerifier, TenancyUnavailableError } from './api-key-verifier';
import type { Credentials, Identity, IdentityResolver } from './identity';

const API_KEY_FORMAT = /^nxk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{1,200}$/;

/** Shown in errors and logs instead of the key: the prefix identifies it, the secret stays out. */
export const apiKeyLabel = (key: string) => key.split('_').slice(0, 2).join('_');

export function resolveByApiKey(verifier: ApiKeyVerifier, logger: Logger): IdentityResolver {
  return async function resolveByApiKey(creds: Credentials): Promise<Identity | null> {
    const key = creds.apiKey;
    if (!key) return null;
    if (!API_KEY_FORMAT.test(key)) throw unauthenticated('Malformed API key in x-api-key: expected nxk_<8-character prefix>_<secret>.');
    let verdict;
    try {
      verdict = await verifier.verify(key, creds.requestId, creds.clientIp);
    } catch (e) {
      if (e instanceof ApiKeyBruteForceError) {
        throw gatewayError(ErrorCode.RATE_LIMITED, `Too many refused API keys from your address: retry in ${e.retryAfterSeconds} s.`, {
          status: 429,
          headers: { 'Retry-After': String(e.retryAfterSeconds) },
          details: { retryAfterSeconds: e.retryAfterSeconds },
        });
      }
      if (e instanceof TenancyUnavailableError) {
        logger.error({ err: e }, 'API key verification failed');
        throw unavailable('Cannot verify the API key right now (tenancy is unavailable); try again shortly.');
      }
      throw e;
    }
    if (!verdict.ok) throw unauthenticated(`API key ${apiKeyLabel(key)} was refused (${verdict.reason}): it is unknown, revoked or expired.`);
    return { tenantId: verdict.tenantId, userId: null, roles: verdict.roles, scopes: verdict.scopes, apiKeyId: verdict.apiKeyId };
  };
}
