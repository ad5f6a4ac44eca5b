'use client';
// The inspected node's input and output in the shown run: read for that node only, again whenever its state changes.
import { useEffect, useState } from 'react';
import type { WorkflowNodeIoQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { WorkflowNodeIoDocument } from './workflow-documents';

export type NodeIo = NonNullable<WorkflowNodeIoQuery['workflowRun']>['nodeRuns'][number];

/** `stateKey` changes when the node settles (status and attempt), which is when its stored result changes. */
export function useNodeIo(token: string, runId: string | null, nodeId: string | null, stateKey: string): NodeIo | undefined {
  const [io, setIo] = useState<{ key: string; value: NodeIo | undefined } | null>(null);
  const key = `${runId ?? ''}/${nodeId ?? ''}`;
  useEffect(() => {
    if (!runId || !nodeId) return;
    let cancelled = false;
    request(WorkflowNodeIoDocument, { id: runId, nodeId }, { token })
      .then(({ workflowRun }) => {
        if (!cancelled) setIo({ key, value: workflowRun?.nodeRuns[0] });
      })
      .catch(() => {
        // The panel keeps showing the live status; the next state change asks again.
      });
    return () => {
      cancelled = true;
    };
  }, [token, runId, nodeId, key, stateKey]);
  return io?.key === key ? io.value : undefined;
}
