'use client';
// Workflow settings: name, webhook URL, active switch, error-handler workflow and concurrency.
import { useState } from 'react';
import { Button } from '@nexus/ui/button';
import { CopyButton } from '@nexus/ui/copy-button';
import { publicEnv } from '../../env';
import type { UpdateWorkflowInput, WorkflowDetailFieldsFragment } from '../../gql/graphql';
import styles from './workflows.module.css';

/** The API's HTTP origin, taken from the gateway's WebSocket URL (same host). */
export function apiBase(wsUrl: string = publicEnv.gatewayWsUrl): string {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  return url.origin;
}

export interface SettingsPanelProps {
  workflow: WorkflowDetailFieldsFragment;
  others: readonly { id: string; name: string }[];
  canWrite: boolean;
  /** Each resolves to an error message, or null when done. */
  onUpdate: (input: UpdateWorkflowInput) => Promise<string | null>;
  onActive: (active: boolean) => Promise<string | null>;
  onRotate: () => Promise<string | null>;
}

export function SettingsPanel({ workflow, others, canWrite, onUpdate, onActive, onRotate }: SettingsPanelProps) {
  const [name, setName] = useState(workflow.name);
  const [description, setDescription] = useState(workflow.description);
  const [concurrency, setConcurrency] = useState(String(workflow.concurrency));
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const webhookUrl = workflow.webhookPath ? `${apiBase()}${workflow.webhookPath.startsWith('/') ? '' : '/'}${workflow.webhookPath}` : null;

  async function act(action: Promise<string | null>, done: string) {
    const error = await action;
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: done });
  }

  return (
    <div className="stack" data-testid="settings-panel">
      {message && <p className={message.tone === 'error' ? styles.fieldError : styles.fieldOk} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="settings-message">{message.text}</p>}
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void act(onUpdate({ name: name.trim(), description: description.trim(), concurrency: Number(concurrency) }), 'Settings saved.'); }}>
        <div className={styles.field}>
          <label htmlFor="wf-name" className={styles.fieldLabel}>Name</label>
          <input id="wf-name" className={styles.input} value={name} maxLength={100} required disabled={!canWrite} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="wf-description" className={styles.fieldLabel}>Description</label>
          <textarea id="wf-description" className={styles.input} rows={2} value={description} disabled={!canWrite} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="wf-concurrency" className={styles.fieldLabel}>Concurrency (nodes of one run at once)</label>
          <input id="wf-concurrency" className={styles.input} type="number" min={1} max={32} value={concurrency} disabled={!canWrite} onChange={(e) => setConcurrency(e.target.value)} data-testid="wf-concurrency" />
        </div>
        {canWrite && <Button type="submit" size="sm" data-testid="settings-save">Save settings</Button>}
      </form>

      <div className={styles.field}>
        <label htmlFor="wf-error-workflow" className={styles.fieldLabel}>When a run fails, start</label>
        <select id="wf-error-workflow" className={styles.input} value={workflow.errorWorkflowId ?? ''} disabled={!canWrite}
          onChange={(e) => void act(onUpdate({ errorWorkflowId: e.target.value || null }), 'Error handler saved.')} data-testid="wf-error-workflow">
          <option value="">no error handler</option>
          {others.filter((o) => o.id !== workflow.id).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>

      <label className={styles.check}>
        <input type="checkbox" checked={workflow.active} disabled={!canWrite || workflow.latestVersion === 0} onChange={(e) => void act(onActive(e.target.checked), e.target.checked ? 'Active: schedules and the webhook run the latest version.' : 'Inactive.')} data-testid="wf-active" />
        Active {workflow.latestVersion === 0 && <span className="muted">(save a version first)</span>}
      </label>

      <div className={styles.field}>
        <span className={styles.fieldLabel}>Webhook URL (POST)</span>
        {webhookUrl ? (
          <div className={styles.inlineForm}>
            <code className={styles.pre} data-testid="wf-webhook-url">{webhookUrl}</code>
            <CopyButton text={webhookUrl} />
          </div>
        ) : <p className={styles.fieldHint}>Shown to members who may edit workflows.</p>}
        {canWrite && <Button size="sm" variant="secondary" onClick={() => void act(onRotate(), 'New webhook secret issued; the old URL no longer works.')} data-testid="wf-rotate-webhook">Issue a new URL</Button>}
      </div>
    </div>
  );
}
