'use client';
// Live state of one run over graphql-ws; after a dropped connection it subscribes again from the last seq it applied.
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { publicEnv } from '../../env';
import type { WorkflowRunEventsSubscription } from '../../gql/graphql';
import { applyRunItem, emptyRunState, isActiveRun, type RunState, type RunStreamItem } from './run-state';
import { WorkflowRunEventsDocument } from './workflow-documents';

export type StreamState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'done';

const QUERY = print(WorkflowRunEventsDocument);
const RECONNECT_MS = 1000;

/** `onItem` sees every applied item (after the state update), e.g. to refetch node results when a node settles. */
export function useRunEvents(token: string, runId: string | null, onItem?: (item: RunStreamItem) => void) {
  const [run, setRun] = useState<RunState | null>(null);
  const [stream, setStream] = useState<StreamState>('idle');
  const [error, setError] = useState<string | null>(null);
  const onItemRef = useRef(onItem);
  onItemRef.current = onItem;

  useEffect(() => {
    if (!runId) {
      setRun(null);
      setStream('idle');
      return;
    }
    let state = emptyRunState(runId);
    let stopped = false;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cleanup: (() => void) | undefined;
    setRun(state);
    setError(null);

    const connect = (isRetry: boolean) => {
      setStream(isRetry ? 'reconnecting' : 'connecting');
      // A fresh client per attempt, so the resubscription carries the newest `after`.
      const client = createClient({ url: publicEnv.gatewayWsUrl, connectionParams: { Authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
      const retry = () => {
        cleanup?.();
        cleanup = undefined;
        if (!stopped && !finished) timer = setTimeout(() => connect(true), RECONNECT_MS);
      };
      const unsubscribe = client.subscribe<WorkflowRunEventsSubscription>(
        { query: QUERY, variables: { runId, after: state.lastSeq } },
        {
          next: (result) => {
            if (result.errors?.length) setError(result.errors.map((e) => e.message).join('; '));
            const item = result.data?.workflowRunEvents;
            if (!item) return;
            setStream('live');
            const next = applyRunItem(state, item);
            if (next === state) return;
            state = next;
            setRun(state);
            // A snapshot of an already finished run ends the stream as RUN_FINISHED does.
            if (item.type === 'RUN_FINISHED' || !isActiveRun(state.status)) {
              finished = true;
              setStream('done');
            }
            onItemRef.current?.(item);
          },
          error: (cause) => {
            // GraphQL errors (no such run, no permission) will not heal by retrying; a dropped socket will.
            if (Array.isArray(cause)) {
              setError(cause.map((e: { message?: string }) => e.message ?? 'error').join('; '));
              setStream('done');
              return;
            }
            retry();
          },
          complete: () => (finished ? setStream('done') : retry()),
        },
      );
      cleanup = () => {
        unsubscribe();
        void client.dispose();
      };
    };

    connect(false);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      cleanup?.();
    };
  }, [token, runId]);

  return { run, stream, error };
}
