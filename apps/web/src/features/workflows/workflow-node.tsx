'use client';
// One node on the canvas: title and id, a labelled handle per port, its compile problems and its run status.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useBuilderView, type WfNode } from './builder-context';
import { ERROR_PORT, portsOf } from './graph-model';
import { describeSchemaType } from '@nexus/workflow-model/schema-compat';
import styles from './workflows.module.css';

function WorkflowNodeView({ id, data, selected }: NodeProps<WfNode>) {
  const { types, problems, statuses, diff } = useBuilderView();
  const type = types.get(data.nodeType);
  const { inputs, outputs } = portsOf(type, data.config);
  const own = problems.get(id) ?? [];
  const state = statuses[id];
  const mark = diff?.added.has(id) ? 'added' : diff?.changed.has(id) ? 'changed' : undefined;
  return (
    <div
      className={styles.node}
      data-testid={`wf-node-${id}`}
      data-status={state?.status ?? 'IDLE'}
      data-invalid={own.length > 0 || undefined}
      data-diff={mark}
      data-selected={selected || undefined}
    >
      <div className={styles.nodeHead}>
        <span className={styles.nodeTitle}>{type?.title ?? data.nodeType}</span>
        <code className={styles.nodeId}>{id}</code>
      </div>
      {state && (
        <div className={styles.nodeStatus} data-testid="wf-node-status">
          {state.status.toLowerCase()}{state.attempt > 1 ? ` · attempt ${state.attempt}` : ''}
        </div>
      )}
      <div className={styles.ports}>
        <div className={styles.portCol}>
          {inputs.map((port) => (
            <div key={port.name} className={styles.portIn} title={describeSchemaType(port.schema)}>
              <Handle type="target" position={Position.Left} id={port.name} className={styles.handle} data-port={port.name} />
              <span>{port.name}{port.required ? '' : '?'}</span>
            </div>
          ))}
        </div>
        <div className={styles.portCol}>
          {outputs.map((port) => (
            <div key={port.name} className={`${styles.portOut} ${port.name === ERROR_PORT ? styles.portError : ''}`} title={describeSchemaType(port.schema)}>
              <span>{port.name}</span>
              <Handle type="source" position={Position.Right} id={port.name} className={styles.handle} data-port={port.name} />
            </div>
          ))}
        </div>
      </div>
      {own.length > 0 && (
        <ul className={styles.nodeProblems} data-testid="wf-node-problems">
          {own.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      )}
      {state?.error && <p className={styles.nodeError}>{state.error}</p>}
    </div>
  );
}

export const WorkflowNodeComponent = memo(WorkflowNodeView);
