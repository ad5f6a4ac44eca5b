'use client';
// Re-reads the domains every few seconds while any is still on its way to ACTIVE, so status changes show by themselves.
import { useEffect, useState } from 'react';
import type { DomainFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { DomainsDocument } from './domains-documents';

export const POLL_MS = 5_000;

export function useDomainPolling(token: string, initial: readonly DomainFieldsFragment[]) {
  const [domains, setDomains] = useState<readonly DomainFieldsFragment[]>(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const settling = domains.some((domain) => domain.status !== 'ACTIVE');

  useEffect(() => {
    if (!settling) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      try {
        const data = await request(DomainsDocument, {}, { token });
        if (!cancelled) {
          setDomains(data.domains);
          setPollError(null);
        }
      } catch (cause) {
        // Keep the last good list; the next tick tries again.
        if (!cancelled) setPollError(cause instanceof Error ? cause.message : 'Refreshing failed.');
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [settling, token]);

  return { domains, setDomains, settling, pollError };
}
