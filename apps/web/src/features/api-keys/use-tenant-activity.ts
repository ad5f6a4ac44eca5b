'use client';
// Subscribes to `tenantActivity` over graphql-ws and keeps the latest events, newest first.
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { publicEnv } from '../../env';
import type { TenantActivitySubscription } from '../../gql/graphql';
import { TenantActivityDocument } from './api-key-documents';

export type ActivityEvent = TenantActivitySubscription['tenantActivity'];
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'error';

const MAX_EVENTS = 50;
const QUERY = print(TenantActivityDocument);

export function useTenantActivity(token: string) {
  const [events, setEvents] = useState<ActivityEvent[]>([]);
  const [state, setState] = useState<ConnectionState>('connecting');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const client = createClient({
      url: publicEnv.gatewayWsUrl,
      connectionParams: { Authorization: `Bearer ${token}` },
      // Keep retrying: the panel should recover by itself when the gateway restarts.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connecting: (isRetry) => setState(isRetry ? 'reconnecting' : 'connecting'),
        connected: () => {
          setState('live');
          setError(null);
        },
        closed: () => setState((current) => (current === 'error' ? current : 'reconnecting')),
      },
    });

    const unsubscribe = client.subscribe<TenantActivitySubscription>(
      { query: QUERY },
      {
        next: (result) => {
          const event = result.data?.tenantActivity;
          if (event) setEvents((current) => [event, ...current.filter((e) => e.id !== event.id)].slice(0, MAX_EVENTS));
          if (result.errors?.length) setError(result.errors.map((e) => e.message).join('; '));
        },
        error: (cause) => {
          setState('error');
          setError(cause instanceof Error ? cause.message : 'The activity stream closed unexpectedly.');
        },
        complete: () => undefined,
      },
    );

    return () => {
      unsubscribe();
      void client.dispose();
    };
  }, [token]);

  return { events, state, error };
}
