'use client';
// The run the canvas shows: live statuses from the event stream, node inputs and outputs refetched as nodes settle.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import type { RunDetail } from './node-panel';
import { SETTLED_NODE_STATUSES, type NodeState, type RunStreamItem } from './run-state';
import { useRunEvents } from './use-run-events';
import { WorkflowRunDetailDocument } from './workflow-documents';

const REFETCH_MS = 250;

export function useShownRun(token: string, runId: string | null, onFinished?: () => void) {
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  const fetchDetail = useCallback(async () => {
    if (!runId) return;
    try {
      const { workflowRun } = await request(WorkflowRunDetailDocument, { id: runId }, { token });
      setDetail(workflowRun?.id === runId ? workflowRun : null);
      setDetailError(workflowRun ? null : 'This run no longer exists.');
    } catch (error) {
      setDetailError(describeRequestError(error));
    }
  }, [token, runId]);

  const refetchSoon = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void fetchDetail(), REFETCH_MS);
  }, [fetchDetail]);

  const onItem = useCallback((item: RunStreamItem) => {
    const settled = item.type === 'RUN_FINISHED' || item.type === 'SNAPSHOT' || SETTLED_NODE_STATUSES.some((s) => item.type === `NODE_${s}`);
    if (settled) refetchSoon();
    if (item.type === 'RUN_FINISHED') onFinishedRef.current?.();
  }, [refetchSoon]);

  const { run, stream, error } = useRunEvents(token, runId, onItem);

  useEffect(() => {
    setDetail(null);
    setDetailError(null);
    void fetchDetail();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [fetchDetail]);

  /** Settled results first, overlaid by what the stream says now. */
  const statuses = useMemo(() => {
    const merged: Record<string, NodeState> = {};
    for (const n of detail?.nodeRuns ?? []) merged[n.nodeId] = { status: n.status, attempt: n.attempts, error: n.error?.message ?? null };
    for (const [id, state] of Object.entries(run?.nodes ?? {})) merged[id] = state;
    return merged;
  }, [detail, run]);

  const status = run && run.lastSeq > 0 ? run.status : detail?.status ?? run?.status ?? null;
  return { detail, statuses, status, runError: run?.error ?? detail?.error?.message ?? null, stream, error: error ?? detailError, refetch: fetchDetail };
}
