// Follows one run's event stream across dropped connections: each new subscription asks for events after the last seq applied.
import { applyRunItem, emptyRunState, isActiveRun, type RunState, type RunStreamItem } from './run-state';

export type StreamState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'done';

export interface StreamSink {
  next: (item: RunStreamItem) => void;
  /** `fatal`: the server refused (no such run, no permission); retrying will not help. */
  error: (message: string | null, fatal: boolean) => void;
  complete: () => void;
}

export interface FollowOptions {
  runId: string;
  /** Opens one subscription from `after`; returns its cleanup. */
  subscribe: (after: number, sink: StreamSink) => () => void;
  onRun: (run: RunState) => void;
  onStream: (state: StreamState) => void;
  onError: (message: string | null) => void;
  /** Every item that changed the state, after `onRun`. */
  onItem?: (item: RunStreamItem) => void;
  reconnectMs?: number;
}

/** Starts following; the returned function stops it. */
export function followRun({ runId, subscribe, onRun, onStream, onError, onItem, reconnectMs = 1000 }: FollowOptions): () => void {
  let state = emptyRunState(runId);
  let stopped = false;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cleanup: (() => void) | undefined;
  onRun(state);

  const retry = () => {
    cleanup?.();
    cleanup = undefined;
    if (!stopped && !finished) timer = setTimeout(() => connect(true), reconnectMs);
  };

  function connect(isRetry: boolean) {
    onStream(isRetry ? 'reconnecting' : 'connecting');
    cleanup = subscribe(state.lastSeq, {
      next: (item) => {
        if (stopped) return;
        onStream('live');
        const next = applyRunItem(state, item);
        if (next === state) return;
        state = next;
        onRun(state);
        // A snapshot of an already finished run ends the stream as RUN_FINISHED does.
        if (item.type === 'RUN_FINISHED' || !isActiveRun(state.status)) {
          finished = true;
          onStream('done');
        }
        onItem?.(item);
      },
      error: (message, fatal) => {
        if (stopped) return;
        if (message) onError(message);
        if (fatal) {
          finished = true;
          onStream('done');
          return;
        }
        retry();
      },
      complete: () => {
        if (stopped) return;
        if (finished) onStream('done');
        else retry();
      },
    });
  }

  connect(false);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    cleanup?.();
  };
}
