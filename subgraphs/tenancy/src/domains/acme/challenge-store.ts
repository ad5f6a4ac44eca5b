// Where http-01 key authorizations live between "ACME asked" and "the CA fetched it".
/** What the issuer writes; a shared store (Redis, database) lets any instance answer the CA. */
export interface ChallengeStore {
  /** `hostname` is the name being validated (kept for operators; lookups go by token). */
  set(token: string, keyAuthorization: string, hostname?: string): void | Promise<void>;
  delete(token: string): void | Promise<void>;
}

/** What the challenge handler reads. */
export interface ChallengeLookup {
  get(token: string): string | undefined | Promise<string | undefined>;
}

/** In-process store, for one instance and for tests. */
export function createMemoryChallengeStore(): ChallengeStore & ChallengeLookup & { readonly size: number } {
  const tokens = new Map<string, string>();
  return {
    set: (token, keyAuthorization) => void tokens.set(token, keyAuthorization),
    delete: (token) => void tokens.delete(token),
    get: (token) => tokens.get(token),
    get size() {
      return tokens.size;
    },
  };
}
