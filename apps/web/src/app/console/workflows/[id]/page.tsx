// Workflow builder page: the canvas with its draft, node types, recent runs and the other workflows (error-handler choices).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadConsoleData, openConsolePage } from '../../../../features/console/console-page';
import { WorkflowBuilder } from '../../../../features/workflows/workflow-builder';
import { WorkflowBuilderDocument } from '../../../../features/workflows/workflow-documents';
import { request } from '../../../../lib/graphql-client';

export const metadata: Metadata = { title: 'Workflow builder' };

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function WorkflowBuilderPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  // ?run=<id> opens the builder showing that run (links from the runs page).
  const { run } = await searchParams;
  const spec = { path: `/console/workflows/${encodeURIComponent(id)}`, title: 'Workflows', permission: 'workflows:read' };
  const page = await openConsolePage(spec);
  if (!page.ok) return page.element;
  const { token, permissions } = page.value;
  const data = await loadConsoleData(spec, () => request(WorkflowBuilderDocument, { id }, { token }));
  if (!data.ok) return data.element;
  const { workflow, workflowNodeTypes, workflows } = data.value;
  if (!workflow) notFound();

  return (
    <>
      <div className="page-header">
        <div>
          <p className="page-subtitle"><Link href="/console/workflows">Workflows</Link> /</p>
          <h1 className="page-title" data-testid="workflow-name">{workflow.name}</h1>
          {workflow.description && <p className="page-subtitle">{workflow.description}</p>}
        </div>
      </div>
      <WorkflowBuilder
        key={workflow.id}
        token={token}
        workflow={workflow}
        runs={workflow.runs.nodes}
        nodeTypes={workflowNodeTypes}
        others={workflows.nodes}
        permissions={permissions}
        initialRunId={typeof run === 'string' ? run : null}
      />
    </>
  );
}
