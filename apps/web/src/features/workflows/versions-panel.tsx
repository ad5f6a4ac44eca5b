'use client';
// Saved versions: save the draft with a note, restore one, run one, and compare two (or one with the draft).
import { useState } from 'react';
import { Button } from '@nexus/ui/button';
import type { WorkflowDetailFieldsFragment, WorkflowVersionDiffQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { DiffView } from './diff-view';
import { WorkflowVersionDiffDocument } from './workflow-documents';
import styles from './workflows.module.css';

export type Version = WorkflowDetailFieldsFragment['versions'][number];
export type Diff = WorkflowVersionDiffQuery['workflowVersionDiff'];

export interface VersionsPanelProps {
  token: string;
  workflowId: string;
  versions: readonly Version[];
  canWrite: boolean;
  canRun: boolean;
  /** Resolves to an error message, or null when saved. */
  onSave: (note: string) => Promise<string | null>;
  onRestore: (number: number) => Promise<string | null>;
  onRunVersion: (number: number) => void;
  /** The diff shown, so the canvas can highlight its nodes; null clears it. */
  onDiff: (diff: Diff | null) => void;
  diff: Diff | null;
  /** Saves pending canvas edits, so a comparison with the draft sees them. */
  flush: () => Promise<boolean>;
}

export function VersionsPanel({ token, workflowId, versions, canWrite, canRun, onSave, onRestore, onRunVersion, onDiff, diff, flush }: VersionsPanelProps) {
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const latest = versions[0]?.number ?? 0;
  const [from, setFrom] = useState(latest);
  const [to, setTo] = useState(0);

  async function save() {
    setPending(true);
    const error = await onSave(note.trim());
    setPending(false);
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: 'Version saved.' });
    if (!error) setNote('');
  }

  async function restore(number: number) {
    const error = await onRestore(number);
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: `Version ${number} restored into the draft.` });
  }

  async function compare(a: number, b: number) {
    setFrom(a);
    setTo(b);
    try {
      if ((a === 0 || b === 0) && !(await flush())) {
        setMessage({ tone: 'error', text: 'The draft could not be saved, so it cannot be compared.' });
        return;
      }
      const { workflowVersionDiff } = await request(WorkflowVersionDiffDocument, { workflowId, from: a, to: b }, { token });
      onDiff(workflowVersionDiff);
      setMessage(null);
    } catch (error) {
      setMessage({ tone: 'error', text: describeRequestError(error) });
    }
  }

  const choices = [{ value: 0, label: 'the draft' }, ...versions.map((v) => ({ value: v.number, label: `version ${v.number}` }))];
  return (
    <div className="stack" data-testid="versions-panel">
      {canWrite && (
        <div className={styles.inlineForm}>
          <input className={styles.input} aria-label="Version note" placeholder="What changed?" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} data-testid="version-note" />
          <Button onClick={save} loading={pending} data-testid="version-save">Save version</Button>
        </div>
      )}
      {message && <p className={message.tone === 'error' ? styles.fieldError : styles.fieldOk} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="versions-message">{message.text}</p>}
      {versions.length === 0 ? <p className={styles.fieldHint}>No versions yet. Save one to run it by number, turn on triggers, or compare.</p> : (
        <ul className={styles.list} data-testid="version-list">
          {versions.map((v) => (
            <li key={v.number} className={styles.versionRow} data-testid="version-row" data-number={v.number}>
              <div>
                <strong>v{v.number}</strong> {v.note || <span className="muted">no note</span>}
                <div className={styles.fieldHint}>{formatDate(v.createdAt)}{v.authorId ? <> · by <code title={v.authorId}>{v.authorId.slice(0, 8)}</code></> : null}</div>
              </div>
              <div className={styles.rowActions}>
                {canWrite && <Button size="sm" variant="ghost" onClick={() => void restore(v.number)} data-testid="version-restore">Restore</Button>}
                {canRun && <Button size="sm" variant="ghost" onClick={() => onRunVersion(v.number)} data-testid="version-run">Run</Button>}
                <Button size="sm" variant="ghost" onClick={() => void compare(v.number, 0)} data-testid="version-diff-draft">Diff draft</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {versions.length > 0 && (
        <div className={styles.inlineForm}>
          <select className={styles.input} aria-label="Compare from" value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="diff-from">
            {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
          <span className="muted">→</span>
          <select className={styles.input} aria-label="Compare to" value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="diff-to">
            {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
          <Button size="sm" variant="secondary" onClick={() => void compare(from, to)} data-testid="diff-show">Compare</Button>
        </div>
      )}
      {diff && <DiffView diff={diff} onClose={() => onDiff(null)} />}
    </div>
  );
}
