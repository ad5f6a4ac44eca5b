'use client';
// Live state of one run over graphql-ws (through the gateway), resuming from the last seq after a dropped connection.
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { publicEnv } from '../../env';
import type { WorkflowRunEventsSubscription } from '../../gql/graphql';
import { followRun, type StreamState } from './run-stream';
import type { RunState, RunStreamItem } from './run-state';
import { WorkflowRunEventsDocument } from './workflow-documents';

export type { StreamState } from './run-stream';

const QUERY = print(WorkflowRunEventsDocument);

/** `onItem` sees every applied item, e.g. to refetch node results when a node settles. */
export function useRunEvents(token: string, runId: string | null, onItem?: (item: RunStreamItem) => void) {
  const [run, setRun] = useState<RunState | null>(null);
  const [stream, setStream] = useState<StreamState>('idle');
  const [error, setError] = useState<string | null>(null);
  const onItemRef = useRef(onItem);
  onItemRef.current = onItem;

  useEffect(() => {
    setError(null);
    if (!runId) {
      setRun(null);
      setStream('idle');
      return;
    }
    return followRun({
      runId,
      onRun: setRun,
      onStream: setStream,
      onError: setError,
      onItem: (item) => onItemRef.current?.(item),
      subscribe: (after, sink) => {
        // A client per subscription: graphql-ws would resubscribe with the old `after` on its own retries.
        const client = createClient({ url: publicEnv.gatewayWsUrl, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
        const unsubscribe = client.subscribe<WorkflowRunEventsSubscription>(
          { query: QUERY, variables: { runId, after } },
          {
            next: (result) => {
              if (result.errors?.length) sink.error(result.errors.map((e) => e.message).join('; '), false);
              if (result.data?.workflowRunEvents) sink.next(result.data.workflowRunEvents);
            },
            // An array is the server's GraphQL errors; anything else is a dropped or failed socket.
            error: (cause) => sink.error(
              Array.isArray(cause) ? cause.map((e: { message?: string }) => e.message ?? 'error').join('; ') : cause instanceof Error ? cause.message : null,
              Array.isArray(cause),
            ),
            complete: sink.complete,
          },
        );
        return () => {
          unsubscribe();
          void client.dispose();
        };
      },
    });
  }, [token, runId]);

  return { run, stream, error };
}
