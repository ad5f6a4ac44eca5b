'use client';
// Start a run with a JSON input (draft or a saved version), follow the shown run, and pick past runs.
import { useMemo, useState } from 'react';
import { asSchema } from '@nexus/workflow-model/schema-compat';
import { Badge } from '@nexus/ui/badge';
import { Button } from '@nexus/ui/button';
import type { WorkflowRunSummaryFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import type { RunDetail } from './node-panel';
import { ConfigForm } from './config-form';
import type { Config } from './graph-model';
import { formatJson } from './json-field';
import { JsonView } from './json-view';
import { isActiveRun, statusTone } from './run-state';
import { RunTimeline } from './run-timeline-view';
import type { StreamState } from './use-run-events';
import styles from './workflows.module.css';

export type RunSummary = WorkflowRunSummaryFieldsFragment;


export interface RunPanelProps {
  versions: readonly number[];
  version: number | null;
  onVersion: (version: number | null) => void;
  canRun: boolean;
  /** Resolves to an error message, or null once the run started. */
  onRun: (input: unknown) => Promise<string | null>;
  shown: { id: string; status: string | null; error: string | null; stream: StreamState; detail: RunDetail | null; streamError: string | null } | null;
  onCancel: (runId: string) => Promise<void>;
  /** Retries a failed or cancelled run from where it failed. */
  onRetry: (runId: string) => Promise<void>;
  runs: readonly RunSummary[];
  onPick: (runId: string) => void;
  /** The manual trigger's input schema in the draft: its properties are drawn as fields that fill the JSON. */
  inputSchema?: unknown;
}

/** The input text as an object the fields can show; null while it is not a JSON object. */
function inputObject(text: string): Config | null {
  try {
    const value: unknown = JSON.parse(text.trim() || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Config) : null;
  } catch {
    return null;
  }
}

export function RunPanel({ versions, version, onVersion, canRun, onRun, shown, onCancel, onRetry, runs, onPick, inputSchema }: RunPanelProps) {
  const [input, setInput] = useState('{}');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hasFields = Object.keys(asSchema(asSchema(inputSchema)?.properties) ?? {}).length > 0;
  const fields = useMemo(() => inputObject(input), [input]);

  async function start() {
    let parsed: unknown = null;
    if (input.trim()) {
      try {
        parsed = JSON.parse(input);
      } catch (cause) {
        setError(`The input is not valid JSON: ${(cause as Error).message}`);
        return;
      }
    }
    setError(null);
    setPending(true);
    setError(await onRun(parsed));
    setPending(false);
  }

  return (
    <div className="stack" data-testid="run-panel">
      <div className={styles.field}>
        <label htmlFor="run-version" className={styles.fieldLabel}>Run</label>
        <select id="run-version" className={styles.input} value={version ?? ''} onChange={(e) => onVersion(e.target.value ? Number(e.target.value) : null)} data-testid="run-version">
          <option value="">the draft</option>
          {versions.map((n) => <option key={n} value={n}>version {n}</option>)}
        </select>
      </div>
      {hasFields && (
        <fieldset className={styles.policy} data-testid="run-fields">
          <legend className={styles.fieldLabel}>Input fields (from the manual trigger)</legend>
          {fields ? (
            <ConfigForm nodeId="run-input" schema={inputSchema} config={fields} problems={[]} onChange={(next) => setInput(formatJson(next))} />
          ) : <p className={styles.fieldHint}>The JSON below is not an object; fix it to edit the fields.</p>}
        </fieldset>
      )}
      <div className={styles.field}>
        <label htmlFor="run-input" className={styles.fieldLabel}>Input (JSON)</label>
        <textarea id="run-input" className={styles.code} rows={5} value={input} spellCheck={false} onChange={(e) => setInput(e.target.value)} data-testid="run-input" aria-invalid={error ? true : undefined} />
        {error && <p className={styles.fieldError} role="alert" data-testid="run-error">{error}</p>}
      </div>
      <Button onClick={start} loading={pending} disabled={!canRun} data-testid="run-submit">Run</Button>
      {!canRun && <p className={styles.fieldHint}>Running needs the <code>workflows:run</code> permission.</p>}

      {shown && (
        <section className={styles.io} data-testid="run-shown" data-run-id={shown.id}>
          <div className={styles.panelHead}>
            <h4 className={styles.ioTitle}>
              Run <code>{shown.id.slice(0, 8)}</code>{' '}
              <span data-testid="run-status" data-status={shown.status ?? ''}>{shown.status && <Badge tone={statusTone(shown.status)}>{shown.status}</Badge>}</span>
            </h4>
            {shown.status && isActiveRun(shown.status) && <Button size="sm" variant="secondary" onClick={() => void onCancel(shown.id)} data-testid="run-cancel">Cancel</Button>}
            {canRun && (shown.status === 'FAILED' || shown.status === 'CANCELLED') && (
              <Button size="sm" variant="secondary" onClick={() => void onRetry(shown.id)} title="A new run with the same graph and input that keeps the nodes that succeeded and runs the rest" data-testid="run-retry">Retry from failure</Button>
            )}
          </div>
          <p className={styles.fieldHint} data-testid="run-stream" data-state={shown.stream}>{streamLabel[shown.stream]}</p>
          {shown.detail?.retryOfRunId && (
            <p className={styles.fieldHint} data-testid="run-retry-of">
              Retry of <button type="button" className={styles.linkButton} onClick={() => onPick(shown.detail!.retryOfRunId!)}><code>{shown.detail.retryOfRunId.slice(0, 8)}</code></button>: the nodes that succeeded there were kept.
            </p>
          )}
          {shown.error && <p className={styles.fieldError} data-testid="run-failure">{shown.error}</p>}
          {shown.streamError && <p className={styles.fieldError}>{shown.streamError}</p>}
          {shown.detail && (
            <>
              <div className={styles.panelHead}>
                <div className={styles.fieldLabel}>Input</div>
                <button type="button" className={`${styles.linkButton} ${styles.small}`} onClick={() => setInput(formatJson(shown.detail?.input ?? null))} data-testid="run-reuse-input">Use this input</button>
              </div>
              <JsonView value={shown.detail.input} testId="run-input-shown" fileName={`run-${shown.id.slice(0, 8)}-input`} />
            </>
          )}
          {shown.detail && shown.detail.output !== null && shown.detail.output !== undefined && (
            <>
              <div className={styles.fieldLabel}>Output</div>
              <JsonView value={shown.detail.output} testId="run-output" fileName={`run-${shown.id.slice(0, 8)}-output`} />
            </>
          )}
          {shown.detail && <RunTimeline run={shown.detail} nodes={shown.detail.nodeRuns} />}
          <p className={styles.fieldHint}>Click a node to see its input and output in this run.</p>
        </section>
      )}

      <section>
        <h4 className={styles.ioTitle}>History</h4>
        {runs.length === 0 ? <p className={styles.fieldHint}>No runs yet.</p> : (
          <ul className={styles.list} data-testid="run-history">
            {runs.map((r) => (
              <li key={r.id}>
                <button type="button" className={styles.listButton} aria-current={shown?.id === r.id || undefined} onClick={() => onPick(r.id)} data-testid="run-history-item" data-run-id={r.id} data-status={r.status}>
                  <Badge tone={statusTone(r.status)}>{r.status}</Badge>
                  <span>{r.versionNumber ? `v${r.versionNumber}` : 'draft'} · {r.trigger.toLowerCase()}</span>
                  <span className="muted">{formatDate(r.createdAt)} {r.createdAt.slice(11, 19)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const streamLabel: Record<StreamState, string> = {
  idle: '',
  connecting: 'Connecting to live events…',
  live: 'Live',
  reconnecting: 'Reconnecting… (will resume where it left off)',
  done: 'Finished',
};
