'use client';
// Side panel of the selected node: its settings form, error handling, and what it did in the shown run.
import { useState } from 'react';
import { Button } from '@nexus/ui/button';
import { formatMs } from '../../lib/format';
import type { WorkflowRunDetailQuery } from '../../gql/graphql';
import type { NodeIo } from './use-node-io';
import type { CompileProblem } from './builder-context';
import { ConfigForm, setKey } from './config-form';
import { InputFieldsEditor } from './input-fields-editor';
import { JsonView } from './json-view';
import { isTrigger, type Config, type GraphNode, type NodeTypeInfo } from './graph-model';
import { PolicyFields } from './policy-fields';
import { asSchema } from '@nexus/workflow-model/schema-compat';
import type { NodeState } from './run-state';
import styles from './workflows.module.css';

export type RunDetail = NonNullable<WorkflowRunDetailQuery['workflowRun']>;
export type NodeRun = NodeIo;

export interface NodePanelProps {
  node: GraphNode;
  type: NodeTypeInfo | undefined;
  problems: readonly CompileProblem[];
  live: NodeState | undefined;
  nodeRun: NodeRun | undefined;
  runShown: boolean;
  readOnly: boolean;
  onChange: (config: Config, key: string) => void;
  onDelete: () => void;
  /** Resolves to why the id was refused, or null once renamed. */
  onRename: (id: string) => string | null;
}

export function NodePanel({ node, type, problems, live, nodeRun, runShown, readOnly, onChange, onDelete, onRename }: NodePanelProps) {
  const ownTimeout = Boolean(asSchema(asSchema(type?.configSchema)?.properties)?.timeoutMs);
  const general = problems.filter((p) => !p.field?.startsWith('config.'));
  return (
    <div className="stack" data-testid="node-panel" data-node-id={node.id}>
      <div className={styles.panelHead}>
        <div>
          <h3 className={styles.panelTitle}>{type?.title ?? node.type}</h3>
          <NodeIdField id={node.id} readOnly={readOnly} onRename={onRename} />
        </div>
        {!readOnly && <Button variant="ghost" size="sm" onClick={onDelete} data-testid="node-delete">Delete</Button>}
      </div>
      {type?.description && <p className={styles.fieldHint}>{type.description}</p>}
      {general.length > 0 && (
        <ul className={styles.problemList}>{general.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
      )}
      {runShown && <NodeRunView live={live} nodeRun={nodeRun} />}
      <fieldset className={styles.bare} disabled={readOnly}>
        {node.type === 'manual' && (
          <InputFieldsEditor schema={node.config.inputSchema} readOnly={readOnly} onChange={(schema) => onChange(setKey(node.config, 'inputSchema', schema), `${node.id}.config.inputSchema`)} />
        )}
        <ConfigForm nodeId={node.id} schema={type?.configSchema} config={node.config} problems={problems} onChange={onChange} />
        {type && !isTrigger(type) && <PolicyFields nodeId={node.id} config={node.config} hasOwnTimeout={ownTimeout} problems={problems} onChange={onChange} />}
      </fieldset>
    </div>
  );
}

/** The node's id, renamed in place: Enter or leaving the field applies it, Escape puts the old one back. */
function NodeIdField({ id, readOnly, onRename }: { id: string; readOnly: boolean; onRename: (id: string) => string | null }) {
  const [value, setValue] = useState(id);
  const [error, setError] = useState<string | null>(null);
  if (readOnly) return <code className="muted">{id}</code>;
  function apply() {
    const reason = onRename(value);
    setError(reason);
    if (reason === null) setValue(value.trim());
  }
  return (
    <>
      <input
        className={`${styles.idInput} ${styles.input}`}
        aria-label="Node id"
        value={value}
        spellCheck={false}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => { if (value !== id) apply(); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') { setValue(id); setError(null); }
        }}
        aria-invalid={error ? true : undefined}
        data-testid="node-id"
      />
      {error && <p className={styles.fieldError} role="alert" data-testid="node-id-error">{error}</p>}
    </>
  );
}

function NodeRunView({ live, nodeRun }: { live: NodeState | undefined; nodeRun: NodeRun | undefined }) {
  const status = nodeRun?.status ?? live?.status;
  return (
    <section className={styles.io} data-testid="node-run" data-status={status ?? 'NONE'}>
      <h4 className={styles.ioTitle}>In this run: <span data-testid="node-run-status">{status ?? 'not reached'}</span></h4>
      {nodeRun ? (
        <>
          <p className={styles.fieldHint}>
            {nodeRun.attempts} {nodeRun.attempts === 1 ? 'attempt' : 'attempts'}
            {nodeRun.startedAt && nodeRun.finishedAt ? <> · <span data-testid="node-run-duration">{formatMs(Date.parse(nodeRun.finishedAt) - Date.parse(nodeRun.startedAt))}</span></> : null}
            {nodeRun.port ? <> · output port <code data-testid="node-run-port">{nodeRun.port}</code></> : null}
          </p>
          <IoBlock label="Input" value={nodeRun.input} testId="node-run-input" fileName={`${nodeRun.nodeId}-input`} />
          <IoBlock label="Output" value={nodeRun.output} testId="node-run-output" fileName={`${nodeRun.nodeId}-output`} />
          {nodeRun.error && <p className={styles.fieldError} data-testid="node-run-error"><code>{nodeRun.error.code}</code> {nodeRun.error.message}</p>}
        </>
      ) : (
        live?.error && <p className={styles.fieldError}>{live.error}</p>
      )}
    </section>
  );
}

function IoBlock({ label, value, testId, fileName }: { label: string; value: unknown; testId: string; fileName: string }) {
  return (
    <div>
      <div className={styles.fieldLabel}>{label}</div>
      <JsonView value={value} testId={testId} fileName={fileName} />
    </div>
  );
}
