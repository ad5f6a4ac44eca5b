'use client';
// The organisation's workflows: create one (then open its builder), open, or delete with confirmation.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { ConfirmDialog } from '@nexus/ui/confirm-dialog';
import { TextField } from '@nexus/ui/text-field';
import { TextAreaField } from '@nexus/ui/textarea-field';
import type { WorkflowSummaryFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { text, useFormSubmit } from '../auth/use-form-submit';
import { ImportWorkflow } from './import-workflow';
import { copyName } from './copy-name';
import { CreateWorkflowDocument, DeleteWorkflowDocument, WORKFLOWS_PAGE, WorkflowDraftDocument, WorkflowsDocument } from './workflow-documents';
import styles from './workflows.module.css';

type Summary = WorkflowSummaryFieldsFragment;

const PAGE = WORKFLOWS_PAGE;
const SEARCH_DEBOUNCE_MS = 250;
const MAX_COPY_ATTEMPTS = 20;

export function WorkflowsList({ token, initial, initialCursor, canWrite }: { token: string; initial: Summary[]; initialCursor: string | null; canWrite: boolean }) {
  const router = useRouter();
  const [workflows, setWorkflows] = useState(initial);
  const [cursor, setCursor] = useState(initialCursor);
  const [search, setSearch] = useState('');
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const shownSearch = useRef('');

  // Typing searches name and description on the server (after a pause); clearing shows the first page again.
  useEffect(() => {
    const term = search.trim();
    if (term === shownSearch.current) return;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const { workflows: found } = await request(WorkflowsDocument, { first: PAGE, search: term || null }, { token });
          shownSearch.current = term;
          setWorkflows(found.nodes);
          setCursor(found.nextCursor ?? null);
          setListError(null);
        } catch (error) {
          setListError(describeRequestError(error));
        }
      })();
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, token]);

  async function more() {
    if (!cursor) return;
    setBusy('more');
    try {
      const { workflows: next } = await request(WorkflowsDocument, { first: PAGE, after: cursor, search: shownSearch.current || null }, { token });
      setWorkflows((current) => [...current, ...next.nodes.filter((n) => !current.some((c) => c.id === n.id))]);
      setCursor(next.nextCursor ?? null);
      setListError(null);
    } catch (error) {
      setListError(describeRequestError(error));
    }
    setBusy(null);
  }

  /** Creates "Name (copy)" (or the next free copy name) from the draft, then opens it. */
  async function duplicate(workflow: Summary) {
    setBusy(workflow.id);
    setListError(null);
    try {
      const { workflow: source } = await request(WorkflowDraftDocument, { id: workflow.id }, { token });
      if (!source) throw new Error(`“${workflow.name}” no longer exists.`);
      for (let attempt = 1; attempt <= MAX_COPY_ATTEMPTS; attempt++) {
        const input = { name: copyName(source.name, attempt), description: source.description, graph: source.draft };
        const { createWorkflow } = await request(CreateWorkflowDocument, { input }, { token });
        if (createWorkflow.workflow) {
          router.push(`/console/workflows/${createWorkflow.workflow.id}`);
          return;
        }
        if (!createWorkflow.errors.some((e) => e.code === 'CONFLICT')) throw new Error(createWorkflow.errors.map((e) => e.message).join(' '));
      }
      throw new Error(`Copies up to “${copyName(source.name, MAX_COPY_ATTEMPTS)}” exist already; rename one and try again.`);
    } catch (error) {
      setListError(describeRequestError(error));
    }
    setBusy(null);
  }
  const [deleting, setDeleting] = useState<Summary | null>(null);
  const { errors, pending, onSubmit } = useFormSubmit(['name', 'description'], async (data) => {
    const { createWorkflow } = await request(CreateWorkflowDocument, { input: { name: text(data, 'name'), description: text(data, 'description') } }, { token });
    return {
      errors: createWorkflow.errors,
      onSuccess: () => {
        if (createWorkflow.workflow) router.push(`/console/workflows/${createWorkflow.workflow.id}`);
      },
    };
  });

  async function remove(workflow: Summary): Promise<string | null> {
    try {
      const { deleteWorkflow } = await request(DeleteWorkflowDocument, { id: workflow.id }, { token });
      if (deleteWorkflow.errors.length) return deleteWorkflow.errors.map((e) => e.message).join(' ');
      setWorkflows((current) => current.filter((w) => w.id !== workflow.id));
      setDeleting(null);
      return null;
    } catch (error) {
      return describeRequestError(error);
    }
  }

  return (
    <div className="stack">
      {canWrite && (
        <Card title="New workflow" description="It starts with a manual trigger; you can rename it later.">
          <form className={styles.createForm} noValidate aria-label="Create workflow" onSubmit={onSubmit} data-testid="create-workflow-form">
            {errors.banner && <Banner tone="error" data-testid="form-error">{errors.banner}</Banner>}
            <TextField name="name" label="Name" required maxLength={100} placeholder="Triage incoming tickets" error={errors.fields.name} autoComplete="off" />
            <TextAreaField name="description" label="Description" rows={2} error={errors.fields.description} />
            <Button type="submit" loading={pending} data-testid="create-workflow-submit">Create and open</Button>
          </form>
        </Card>
      )}
      {canWrite && (
        <Card title="Import a workflow" description="From a file exported by this builder (Export in the builder), in this organisation or another.">
          <ImportWorkflow token={token} />
        </Card>
      )}
      <Card title="Workflows" description={`${workflows.length}${cursor ? '+' : ''} ${workflows.length === 1 ? 'workflow' : 'workflows'}${shownSearch.current ? ` matching “${shownSearch.current}”` : ''}.`} data-testid="workflows-card">
        <div className={styles.listTools}>
          <input type="search" className={styles.input} placeholder="Search by name or description" aria-label="Search workflows" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="workflows-search" />
        </div>
        {listError && <Banner tone="error" data-testid="workflows-error">{listError}</Banner>}
        {workflows.length === 0 ? <p className="muted" data-testid="workflows-empty">{shownSearch.current ? 'No workflow matches.' : 'No workflows yet.'}</p> : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr><th>Name</th><th>Latest version</th><th>Active</th><th>Updated</th><th><span className="sr-only">Actions</span></th></tr>
              </thead>
              <tbody>
                {workflows.map((w) => (
                  <tr key={w.id} data-testid="workflow-row" data-name={w.name}>
                    <td>
                      <Link href={`/console/workflows/${w.id}`} data-testid="workflow-open"><strong>{w.name}</strong></Link>
                      {w.description && <div className="muted">{w.description}</div>}
                    </td>
                    <td>{w.latestVersion ? `v${w.latestVersion}` : <span className="muted">draft only</span>}</td>
                    <td>{w.active ? <Badge tone="success">active</Badge> : <Badge>inactive</Badge>}</td>
                    <td className="muted">{formatDate(w.updatedAt)}</td>
                    <td className={styles.actions}>
                      {canWrite && <Button size="sm" variant="ghost" onClick={() => void duplicate(w)} loading={busy === w.id} disabled={busy !== null} data-testid="workflow-duplicate">Duplicate</Button>}
                      {canWrite && <Button size="sm" variant="ghost" onClick={() => setDeleting(w)} data-testid="workflow-delete">Delete</Button>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {cursor && <div className={styles.listMore}><Button size="sm" variant="secondary" onClick={() => void more()} loading={busy === 'more'} data-testid="workflows-more">Show more</Button></div>}
      </Card>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? `Delete “${deleting.name}”?` : ''}
        confirmLabel="Delete workflow"
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve(null))}
        onCancel={() => setDeleting(null)}
        data-testid="delete-workflow-dialog"
      >
        Its versions and run history are deleted too. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
