'use client';
// Import a workflow from a file (an export of this builder, or a bare {nodes, edges} graph): pick, check, name it, create and open.
import { useRouter } from 'next/navigation';
import { useState, type ChangeEvent } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { TextField } from '@nexus/ui/text-field';
import { formatBytes } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { MAX_WORKFLOW_FILE_BYTES, readWorkflowFile, type ReadWorkflowFile } from './workflow-file';
import { CreateWorkflowDocument } from './workflow-documents';
import styles from './workflows.module.css';

type Loaded = Extract<ReadWorkflowFile, { ok: true }> & { fileName: string };

export function ImportWorkflow({ token }: { token: string }) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setLoaded(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_WORKFLOW_FILE_BYTES) {
      setError(`${file.name} is ${formatBytes(file.size)}; a workflow file may be at most ${formatBytes(MAX_WORKFLOW_FILE_BYTES)}.`);
      return;
    }
    const read = readWorkflowFile(await file.text(), file.name);
    if (!read.ok) {
      setError(read.reason);
      return;
    }
    setLoaded({ ...read, fileName: file.name });
    setName(read.name);
  }

  async function create() {
    if (!loaded) return;
    setPending(true);
    setError(null);
    try {
      const { createWorkflow } = await request(CreateWorkflowDocument, { input: { name: name.trim(), description: loaded.description, graph: loaded.graph } }, { token });
      if (createWorkflow.errors.length || !createWorkflow.workflow) {
        setError(createWorkflow.errors.map((e) => e.message).join(' ') || 'The workflow was not created.');
      } else {
        router.push(`/console/workflows/${createWorkflow.workflow.id}`);
        return;
      }
    } catch (cause) {
      setError(describeRequestError(cause));
    }
    setPending(false);
  }

  return (
    <div className={styles.form} data-testid="import-workflow">
      <div className={styles.field}>
        <label htmlFor="import-file" className={styles.fieldLabel}>Workflow file (.json)</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </div>
      {error && <Banner tone="error" data-testid="import-error">{error}</Banner>}
      {loaded && (
        <>
          <p className={styles.fieldHint} data-testid="import-summary">
            {loaded.fileName}: {loaded.nodes} {loaded.nodes === 1 ? 'node' : 'nodes'}, {loaded.edges} {loaded.edges === 1 ? 'connection' : 'connections'}. Secrets it names must exist in this organisation.
          </p>
          <TextField name="import-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required autoComplete="off" />
          <Button onClick={() => void create()} loading={pending} disabled={!name.trim()} data-testid="import-submit">Import and open</Button>
        </>
      )}
    </div>
  );
}
