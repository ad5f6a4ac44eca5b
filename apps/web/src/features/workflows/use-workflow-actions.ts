'use client';
// The builder's GraphQL mutations: start and cancel runs, save and restore versions, change settings; each resolves to an error text or null.
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { UpdateWorkflowInput, WorkflowDetailFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import type { CompileProblem } from './builder-context';
import { normalizeGraph, type WorkflowGraph } from './graph-model';
import type { RunSummary } from './run-panel';
import {
  CancelWorkflowRunDocument, RetryWorkflowRunDocument, RestoreWorkflowVersionDocument, RotateWorkflowWebhookSecretDocument, RunWorkflowDocument,
  SaveWorkflowVersionDocument, SetWorkflowActiveDocument, UpdateWorkflowDocument, WorkflowRunsDocument,
} from './workflow-documents';

export interface WorkflowActionsOptions {
  token: string;
  workflowId: string;
  /** Flushes the draft autosave; false when it failed. */
  saveNow: () => Promise<boolean>;
  replaceGraph: (graph: WorkflowGraph) => void;
  setWorkflow: Dispatch<SetStateAction<WorkflowDetailFieldsFragment>>;
  setProblems: (problems: CompileProblem[]) => void;
  setRuns: Dispatch<SetStateAction<RunSummary[]>>;
  setShownRunId: (id: string | null) => void;
}

type Outcome = Promise<string | null>;
type WorkflowResult = { workflow: WorkflowDetailFieldsFragment | null; errors: readonly { message: string }[] };

const errorsText = (errors: readonly { message: string }[]) => (errors.length ? errors.map((e) => e.message).join(' ') : null);

async function attempt(action: () => Outcome): Outcome {
  try {
    return await action();
  } catch (error) {
    return describeRequestError(error);
  }
}

export function useWorkflowActions(o: WorkflowActionsOptions) {
  const { token, workflowId, saveNow, replaceGraph, setWorkflow, setProblems, setRuns, setShownRunId } = o;

  const refreshRuns = useCallback(async () => {
    try {
      const { workflow } = await request(WorkflowRunsDocument, { id: workflowId }, { token });
      if (workflow) setRuns(workflow.runs.nodes);
    } catch {
      // the list is a convenience; the shown run reports its own errors
    }
  }, [token, workflowId, setRuns]);

  /** Runs a saved version, or the draft (saved first) when `version` is null. */
  const run = (input: unknown, version: number | null): Outcome => attempt(async () => {
    if (version === null && !(await saveNow())) return 'The draft could not be saved, so it was not run.';
    const { runWorkflow } = await request(RunWorkflowDocument, { workflowId, version, input }, { token });
    const started = runWorkflow.run;
    if (runWorkflow.errors.length || !started) return errorsText(runWorkflow.errors) ?? 'The run did not start.';
    setRuns((current) => [started, ...current.filter((r) => r.id !== started.id)]);
    setShownRunId(started.id);
    return null;
  });

  /** A new run of a failed or cancelled one that keeps its succeeded nodes; it becomes the shown run. */
  const retry = (runId: string): Outcome => attempt(async () => {
    const { retryWorkflowRun } = await request(RetryWorkflowRunDocument, { runId }, { token });
    const started = retryWorkflowRun.run;
    if (retryWorkflowRun.errors.length || !started) return errorsText(retryWorkflowRun.errors) ?? 'The retry did not start.';
    setRuns((current) => [started, ...current.filter((r) => r.id !== started.id)]);
    setShownRunId(started.id);
    return null;
  });

  const cancel = (runId: string): Outcome => attempt(async () => {
    const { cancelWorkflowRun } = await request(CancelWorkflowRunDocument, { runId }, { token });
    await refreshRuns();
    return errorsText(cancelWorkflowRun.errors);
  });

  const saveVersion = (note: string): Outcome => attempt(async () => {
    if (!(await saveNow())) return 'The draft could not be saved.';
    const { saveWorkflowVersion: r } = await request(SaveWorkflowVersionDocument, { workflowId, note: note || null }, { token });
    if (r.compileErrors.length) {
      setProblems(r.compileErrors);
      return `The draft does not compile: ${r.compileErrors.map((e) => (e.nodeId ? `${e.nodeId}: ${e.message}` : e.message)).join('; ')}`;
    }
    const saved = r.version;
    if (r.errors.length || !saved) return errorsText(r.errors) ?? 'The version was not saved.';
    setWorkflow((w) => ({ ...w, latestVersion: saved.number, versions: [saved, ...w.versions.filter((v) => v.number !== saved.number)] }));
    return null;
  });

  /** Applies a workflow mutation's result; the canvas only follows the server's draft when `takeDraft` (restore). */
  const mutate = (call: () => Promise<WorkflowResult>, takeDraft = false): Outcome => attempt(async () => {
    const r = await call();
    const next = r.workflow;
    if (r.errors.length || !next) return errorsText(r.errors) ?? 'Nothing changed.';
    setWorkflow((current) => ({ ...next, draft: takeDraft ? next.draft : current.draft }));
    setProblems(next.draftProblems);
    if (takeDraft) replaceGraph(normalizeGraph(next.draft));
    return null;
  });

  const restore = async (number: number): Outcome => {
    if (!(await saveNow())) return 'The draft could not be saved first.';
    return mutate(async () => (await request(RestoreWorkflowVersionDocument, { workflowId, number }, { token })).restoreWorkflowVersion, true);
  };
  const update = (input: UpdateWorkflowInput) => mutate(async () => (await request(UpdateWorkflowDocument, { id: workflowId, input }, { token })).updateWorkflow);
  const setActive = (active: boolean) => mutate(async () => (await request(SetWorkflowActiveDocument, { workflowId, active }, { token })).setWorkflowActive);
  const rotate = () => mutate(async () => (await request(RotateWorkflowWebhookSecretDocument, { workflowId }, { token })).rotateWorkflowWebhookSecret);

  return { refreshRuns, run, retry, cancel, saveVersion, restore, update, setActive, rotate };
}
